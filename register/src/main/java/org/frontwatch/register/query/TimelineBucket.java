package org.frontwatch.register.query;

import java.time.LocalDate;
import java.util.Objects;
import org.frontwatch.model.EventType;

/** How many incidents of one type began in the day or week starting {@code start}. */
public record TimelineBucket(LocalDate start, EventType type, long incidents) {
    public TimelineBucket {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(type, "type");
    }
}
