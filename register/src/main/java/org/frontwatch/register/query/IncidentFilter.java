package org.frontwatch.register.query;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.model.EventType;
import org.frontwatch.model.ReviewStatus;

/**
 * Which incidents to list, newest first: of a type, meeting a date range, with a review status, only public ones.
 */
public record IncidentFilter(Optional<EventType> type, Optional<LocalDate> since, Optional<LocalDate> until,
                             Optional<ReviewStatus> status, boolean publicOnly, int limit, int offset) {
    public static final int MAX_LIMIT = 100_000;

    public IncidentFilter {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(status, "status");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }

    public static IncidentFilter first(int limit) {
        return new IncidentFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                limit, 0);
    }

    public IncidentFilter withType(EventType value) {
        return new IncidentFilter(Optional.of(value), since, until, status, publicOnly, limit, offset);
    }

    public IncidentFilter onlyPublic() {
        return new IncidentFilter(type, since, until, status, true, limit, offset);
    }
}
