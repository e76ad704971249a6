package org.frontwatch.app.server.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.model.EventType;

/**
 * A count of incidents grouped by one dimension, e.g. regions of origin of APPEAL incidents since a date.
 *
 * @param by one of {@link #DIMENSIONS}
 */
public record TallyQuery(String by, Optional<EventType> type, Optional<LocalDate> since, Optional<LocalDate> until,
                         boolean publicOnly) {
    public static final List<String> DIMENSIONS = List.of("origin", "region", "unit", "type", "place", "source");

    public TallyQuery {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (!DIMENSIONS.contains(by)) {
            throw new IllegalArgumentException("cannot tally by " + by + " (one of " + DIMENSIONS + ")");
        }
    }
}
