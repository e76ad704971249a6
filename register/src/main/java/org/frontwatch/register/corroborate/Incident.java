package org.frontwatch.register.corroborate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.EventType;
import org.frontwatch.model.Place;

/**
 * One real-world event: the reports that tell it, from one or more items and languages.
 *
 * @param id                 derived from the sorted report ids, so an unchanged incident keeps its id (and its
 *                           review status) across rebuilds
 * @param when               from the earliest to the latest day the reports give (or their items' publication day)
 * @param independentSources how many independent origins tell it: items of one near-duplicate cluster, one
 *                           forward chain or one channel count once
 * @param regions            where it happened: the reports' regions and their places' regions
 * @param place              its most often named place with coordinates, if any
 * @param summary            the sentence of the earliest report that tells it
 */
public record Incident(String id, EventType type, Optional<DateInterval> when, List<String> reportIds,
                       List<String> itemIds, int independentSources, List<String> origin, List<String> regions,
                       List<String> places, List<String> units, List<String> sources, Optional<Place> place,
                       String summary, String summaryItemId) {
    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(when, "when");
        reportIds = List.copyOf(reportIds);
        itemIds = List.copyOf(itemIds);
        origin = List.copyOf(origin);
        regions = List.copyOf(regions);
        places = List.copyOf(places);
        units = List.copyOf(units);
        sources = List.copyOf(sources);
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(summaryItemId, "summaryItemId");
        if (reportIds.isEmpty() || itemIds.isEmpty()) {
            throw new IllegalArgumentException("an incident needs at least one report and item: " + id);
        }
        if (independentSources < 1 || independentSources > itemIds.size()) {
            throw new IllegalArgumentException("independent sources must be 1.." + itemIds.size() + ": "
                    + independentSources);
        }
    }
}
