package org.frontwatch.register.query;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.model.EventType;

/**
 * Count incidents by one dimension, optionally of one type and within dates: an incident counts when its window
 * meets {@code since}..{@code until} (undated incidents are left out once a date bound is given). In
 * {@code publicOnly} mode only incidents with a public review status count.
 */
public record TallyQuery(TallyDimension by, Optional<EventType> type, Optional<LocalDate> since,
                         Optional<LocalDate> until, boolean publicOnly) {
    public TallyQuery {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (since.isPresent() && until.isPresent() && until.get().isBefore(since.get())) {
            throw new IllegalArgumentException("since must not be after until: since=" + since.get() + ", until="
                    + until.get());
        }
    }

    public TallyQuery(TallyDimension by, Optional<EventType> type, Optional<LocalDate> since,
                      Optional<LocalDate> until) {
        this(by, type, since, until, false);
    }
}
