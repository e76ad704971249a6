package org.frontwatch.app.server.view;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.model.EventType;

/**
 * Which incidents to list: by event type and by a date range their interval overlaps.
 *
 * @param publicOnly only incidents whose review status is public (corroborated or verified)
 */
public record IncidentFilter(Optional<EventType> type, Optional<LocalDate> from, Optional<LocalDate> to,
                             boolean publicOnly) {
    public IncidentFilter {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public static IncidentFilter all(boolean publicOnly) {
        return new IncidentFilter(Optional.empty(), Optional.empty(), Optional.empty(), publicOnly);
    }
}
