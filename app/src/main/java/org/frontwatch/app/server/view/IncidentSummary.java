package org.frontwatch.app.server.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.model.EventType;
import org.frontwatch.model.Place;
import org.frontwatch.model.ReviewStatus;

/**
 * One real-world event as the incidents list, the map and the timeline show it.
 *
 * @param title              a short description built from its reports (type, place, units)
 * @param places             where it happened, with coordinates for the map
 * @param itemCount          how many items tell it
 * @param independentSources how many of those come from independent sources (near-duplicates count once)
 */
public record IncidentSummary(String id, EventType type, String title, Optional<LocalDate> from,
                              Optional<LocalDate> to, List<String> origin, List<String> location, List<Place> places,
                              List<String> units, int itemCount, int independentSources, ReviewStatus status) {
    public IncidentSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        origin = List.copyOf(origin);
        location = List.copyOf(location);
        places = List.copyOf(places);
        units = List.copyOf(units);
        Objects.requireNonNull(status, "status");
        if (itemCount < 0 || independentSources < 0 || independentSources > itemCount) {
            throw new IllegalArgumentException("need 0 <= independentSources <= itemCount: independentSources="
                    + independentSources + ", itemCount=" + itemCount);
        }
    }

    public IncidentSummary withTitle(String newTitle) {
        return new IncidentSummary(id, type, newTitle, from, to, origin, location, places, units, itemCount,
                independentSources, status);
    }
}
