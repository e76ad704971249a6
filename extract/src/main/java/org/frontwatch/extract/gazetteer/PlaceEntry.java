package org.frontwatch.extract.gazetteer;

import java.util.List;
import java.util.Objects;
import org.frontwatch.model.Place;

/**
 * A populated place of the gazetteer: the model {@link Place}, its population (0 when unknown; used to break ties),
 * every name it is known by (English, Russian, Ukrainian, alternate spellings) and whether its coordinates are only
 * approximate (a front-line village known from the KATOTTG codifier alone, placed at its hromada's centre or its
 * raion's mean: off by up to some 20 or 50 km; its region is exact).
 */
public record PlaceEntry(Place place, long population, List<String> names, boolean approximate) {
    public PlaceEntry {
        Objects.requireNonNull(place, "place");
        names = List.copyOf(names);
        if (population < 0) {
            throw new IllegalArgumentException("population must not be negative: key=" + place.key()
                    + ", population=" + population);
        }
    }
}
