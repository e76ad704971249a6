package org.frontwatch.register.query;

import java.util.List;
import java.util.Objects;
import org.frontwatch.register.corroborate.ClaimGroup;
import org.frontwatch.register.store.StoredClaim;

/** A claim group with its claims side by side and the claimants who make them (UCDP's {@code source_original}). */
public record ClaimGroupView(ClaimGroup group, List<StoredClaim> claims, List<String> claimants) {
    public ClaimGroupView {
        Objects.requireNonNull(group, "group");
        claims = List.copyOf(claims);
        claimants = List.copyOf(claimants);
    }
}
