package org.frontwatch.register.corroborate;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Claims about the same subject, counted thing and period, side by side — UCDP's model: {@code low} is the
 * lowest figure any claim gives, {@code high} the highest, {@code best} the median of the claims' point estimates
 * (a range's midpoint, or its one bound); {@code conflicting} when two claims' ranges do not overlap.
 *
 * @param period the month of publication of the claims ({@code 2023-03}), or {@code undated}
 */
public record ClaimGroup(String id, String subject, String unit, String per, String period, OptionalLong low,
                         OptionalLong best, OptionalLong high, boolean conflicting, List<String> claimIds) {
    public ClaimGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(per, "per");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(best, "best");
        Objects.requireNonNull(high, "high");
        claimIds = List.copyOf(claimIds);
    }
}
