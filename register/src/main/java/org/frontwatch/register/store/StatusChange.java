package org.frontwatch.register.store;

import java.time.Instant;
import java.util.Objects;
import org.frontwatch.model.ItemStatus;

/** One entry of an item's status history: captured, changed, deleted, failed — when, and why. */
public record StatusChange(ItemStatus status, Instant at, String note) {
    public StatusChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
    }
}
