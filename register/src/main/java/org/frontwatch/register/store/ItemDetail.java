package org.frontwatch.register.store;

import java.util.List;
import java.util.Objects;
import org.frontwatch.model.Item;
import org.frontwatch.model.ItemStatus;
import org.frontwatch.model.Language;

/**
 * Everything the register knows about one item: the item, its captures (oldest first), what was extracted from
 * it, its status with history (oldest first), and the incidents it tells.
 */
public record ItemDetail(Item item, Language language, ItemStatus status, List<StoredCapture> captures,
                         List<StoredMention> mentions, List<StoredClaim> claims, List<StoredReport> reports,
                         List<StatusChange> statusHistory, List<String> incidentIds) {
    public ItemDetail {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(status, "status");
        captures = List.copyOf(captures);
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
        reports = List.copyOf(reports);
        statusHistory = List.copyOf(statusHistory);
        incidentIds = List.copyOf(incidentIds);
    }
}
