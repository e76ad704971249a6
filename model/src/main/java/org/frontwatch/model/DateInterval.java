package org.frontwatch.model;

import java.time.LocalDate;
import java.util.Objects;

/** A closed interval of days, {@code from} to {@code to} inclusive, with the precision of the expression behind it. */
public record DateInterval(LocalDate from, LocalDate to, DatePrecision precision) {
    public DateInterval {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(precision, "precision");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("from must not be after to: from=" + from + ", to=" + to);
        }
    }

    public static DateInterval day(LocalDate day) {
        return new DateInterval(day, day, DatePrecision.DAY);
    }

    public boolean overlaps(DateInterval other) {
        return !to.isBefore(other.from) && !other.to.isBefore(from);
    }
}
