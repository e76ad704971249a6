package org.frontwatch.app.server.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Claims about the same thing (same counted unit and period) side by side.
 *
 * @param conflicting true when two claimants' ranges do not overlap
 */
public record ClaimGroup(String subject, String unit, Optional<String> per, List<ClaimView> claims,
                         boolean conflicting) {
    public ClaimGroup {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(per, "per");
        claims = List.copyOf(claims);
    }
}
