package org.frontwatch.register.query;

import java.util.List;
import java.util.Objects;

/**
 * What the register knows of one unit: the incidents it appears in (with places and dates), the regions its
 * soldiers come from, event types, sources, and every item that mentions it.
 */
public record UnitProfile(String unit, List<UnitSighting> sightings, List<KeyCount> origins, List<KeyCount> types,
                          List<KeyCount> sources, List<String> itemIds) {
    public UnitProfile {
        Objects.requireNonNull(unit, "unit");
        sightings = List.copyOf(sightings);
        origins = List.copyOf(origins);
        types = List.copyOf(types);
        sources = List.copyOf(sources);
        itemIds = List.copyOf(itemIds);
    }
}
