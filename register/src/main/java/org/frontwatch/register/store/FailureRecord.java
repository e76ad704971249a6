package org.frontwatch.register.store;

import java.time.Instant;
import java.util.Objects;

/** Material that failed to parse or extract: where it came from, where in it, and what went wrong. */
public record FailureRecord(String source, String position, String message, Instant recordedAt) {
    public FailureRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
