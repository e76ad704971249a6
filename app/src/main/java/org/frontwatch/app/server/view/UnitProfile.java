package org.frontwatch.app.server.view;

import java.util.List;
import java.util.Objects;

/** What the register knows about one unit: regions its soldiers come from, incidents it appears in, its items. */
public record UnitProfile(String key, List<FacetCount> origins, List<FacetCount> eventTypes,
                          List<IncidentSummary> incidents, List<ItemSummary> items) {
    public UnitProfile {
        Objects.requireNonNull(key, "key");
        origins = List.copyOf(origins);
        eventTypes = List.copyOf(eventTypes);
        incidents = List.copyOf(incidents);
        items = List.copyOf(items);
    }
}
