package org.frontwatch.register.store;

import java.util.List;
import java.util.Objects;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.Item;
import org.frontwatch.model.ItemStatus;

/**
 * An item with everything extracted from it, as the store holds it: what the index and the corroborator read
 * when they rebuild from the store alone.
 */
public record StoredItem(Item item, Extraction extraction, ItemStatus status, List<StoredMention> mentions,
                         List<StoredClaim> claims, List<StoredReport> reports) {
    public StoredItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(status, "status");
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
        reports = List.copyOf(reports);
    }
}
