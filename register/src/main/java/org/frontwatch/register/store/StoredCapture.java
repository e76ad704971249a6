package org.frontwatch.register.store;

import java.time.Instant;
import java.util.Objects;
import org.frontwatch.model.CaptureLocation;

/** One preserved capture of an item and when the register learnt of it; a recheck adds further captures. */
public record StoredCapture(CaptureLocation location, Instant recordedAt) {
    public StoredCapture {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
