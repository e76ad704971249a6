package org.frontwatch.register.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.EventType;

/** One incident a unit appears in: what happened, when and where (place keys and their names). */
public record UnitSighting(String incidentId, EventType type, Optional<DateInterval> when, List<String> places,
                           List<String> placeNames) {
    public UnitSighting {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(when, "when");
        places = List.copyOf(places);
        placeNames = List.copyOf(placeNames);
    }
}
