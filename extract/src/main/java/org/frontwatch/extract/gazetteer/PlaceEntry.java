package org.frontwatch.extract.gazetteer;

import java.util.List;
import java.util.Objects;
import org.frontwatch.model.Place;

/**
 * A populated place of the gazetteer: the model {@link Place}, its population (0 when unknown; used to break ties)
 * and every name it is known by (English, Russian, Ukrainian, alternate spellings).
 */
public record PlaceEntry(Place place, long population, List<String> names) {
    public PlaceEntry {
        Objects.requireNonNull(place, "place");
        names = List.copyOf(names);
        if (population < 0) {
            throw new IllegalArgumentException("population must not be negative: key=" + place.key()
                    + ", population=" + population);
        }
    }
}
