package org.frontwatch.app.server.view;

import java.time.Instant;
import java.util.Objects;

/**
 * One step in a status history: an item becoming {@code CHANGED} or {@code DELETED} at a recheck, or an incident's
 * review status set by an analyst with a note.
 */
public record StatusChange(Instant at, String status, String note, String actor) {
    public StatusChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(actor, "actor");
    }
}
