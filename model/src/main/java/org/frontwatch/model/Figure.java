package org.frontwatch.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A claimed figure: a lower and an upper bound (either may be open), what is counted and per which period.
 * "at least 234" is low 234 with no high; "about 500" is 500 to 500; "between 600 to 1,000 men a day" is 600 to
 * 1000, unit "men", per "day".
 *
 * @param unit what is counted, as the text says it in English ("men", "soldiers", "regions", "percent")
 * @param per  the period a rate is given for ("day", "week", "month"), if any
 */
public record Figure(OptionalLong low, OptionalLong high, String unit, Optional<String> per) {
    public Figure {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(per, "per");
        if (low.isEmpty() && high.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one bound");
        }
        if (low.isPresent() && high.isPresent() && low.getAsLong() > high.getAsLong()) {
            throw new IllegalArgumentException("low must not be larger than high: low=" + low.getAsLong()
                    + ", high=" + high.getAsLong());
        }
    }

    public static Figure exactly(long value, String unit) {
        return new Figure(OptionalLong.of(value), OptionalLong.of(value), unit, Optional.empty());
    }
}
