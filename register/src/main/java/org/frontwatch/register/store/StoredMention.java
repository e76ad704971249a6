package org.frontwatch.register.store;

import java.util.Objects;
import org.frontwatch.model.Mention;

/** A mention as stored: its content-derived id and the item it was found in. */
public record StoredMention(String id, String itemId, Mention mention) {
    public StoredMention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(mention, "mention");
    }
}
