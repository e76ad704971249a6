package org.frontwatch.register.query;

import java.util.Objects;

/** A key with its readable label and how often it occurs. */
public record KeyCount(String key, String label, long count) {
    public KeyCount {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }
}
