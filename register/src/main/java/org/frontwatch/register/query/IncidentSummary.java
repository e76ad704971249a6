package org.frontwatch.register.query;

import java.util.Objects;
import java.util.Optional;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.EventType;
import org.frontwatch.model.Place;
import org.frontwatch.model.ReviewStatus;

/** One incident in a listing: what, when, where, how many items and independent sources, and its review status. */
public record IncidentSummary(String id, EventType type, Optional<DateInterval> when, int items,
                              int independentSources, Optional<Place> place, String summary, String summaryItemId,
                              ReviewStatus status) {
    public IncidentSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(summaryItemId, "summaryItemId");
        Objects.requireNonNull(status, "status");
    }
}
