package org.frontwatch.register.store;

import java.time.Instant;
import java.util.Objects;
import org.frontwatch.model.ReviewStatus;

/** One analyst verdict on an incident: the status, when, by whom, and the note that explains it. */
public record ReviewChange(ReviewStatus status, Instant at, String user, String note) {
    public ReviewChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(note, "note");
    }
}
