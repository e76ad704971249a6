package org.frontwatch.register.index;

import java.util.Objects;

/** How many matching items carry one value of a facet (type, origin, region, unit, language, source). */
public record FacetCount(String value, long count) {
    public FacetCount {
        Objects.requireNonNull(value, "value");
    }
}
