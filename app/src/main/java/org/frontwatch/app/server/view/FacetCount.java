package org.frontwatch.app.server.view;

import java.util.Objects;

/** How many results carry one value of a facet (a region code, a unit key, a language…). */
public record FacetCount(String value, long count) {
    public FacetCount {
        Objects.requireNonNull(value, "value");
        if (count < 0) {
            throw new IllegalArgumentException("facet count must not be negative: " + value + "=" + count);
        }
    }
}
