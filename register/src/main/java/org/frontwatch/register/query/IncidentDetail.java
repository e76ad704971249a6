package org.frontwatch.register.query;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.frontwatch.register.store.ItemSummary;
import org.frontwatch.register.store.ReviewChange;
import org.frontwatch.register.store.StoredClaim;
import org.frontwatch.register.store.StoredMention;
import org.frontwatch.register.store.StoredReport;

/**
 * Everything about one incident: the items that tell it, its reports, the claims and the person mentions of those
 * items (for redaction), its keys by dimension ({@code origin}, {@code region}, {@code place}, {@code unit},
 * {@code source}) and its review history (oldest first).
 */
public record IncidentDetail(IncidentSummary summary, List<ItemSummary> items, List<StoredReport> reports,
                             List<StoredClaim> claims, List<StoredMention> mentions, Map<String, List<String>> keys,
                             List<ReviewChange> reviewHistory) {
    public IncidentDetail {
        Objects.requireNonNull(summary, "summary");
        items = List.copyOf(items);
        reports = List.copyOf(reports);
        claims = List.copyOf(claims);
        mentions = List.copyOf(mentions);
        keys = Map.copyOf(keys);
        reviewHistory = List.copyOf(reviewHistory);
    }
}
