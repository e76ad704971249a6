package org.frontwatch.model;

import java.util.Objects;

/** What a collector yields for one piece of material: the raw capture to preserve and the item read from it. */
public record Collected(Capture capture, Item item) {
    public Collected {
        Objects.requireNonNull(capture, "capture");
        Objects.requireNonNull(item, "item");
        if (!item.id().equals(capture.sha256())) {
            throw new IllegalArgumentException("item id must be the capture's SHA-256: item=" + item.id()
                    + ", capture=" + capture.sha256());
        }
    }
}
