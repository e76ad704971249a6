package org.frontwatch.app.server.view;

import java.util.List;
import java.util.Objects;

/** One incident with every item that tells it, the claims in those items and its review history. */
public record IncidentDetail(IncidentSummary summary, List<ItemSummary> items, List<ClaimView> claims,
                             List<StatusChange> history) {
    public IncidentDetail {
        Objects.requireNonNull(summary, "summary");
        items = List.copyOf(items);
        claims = List.copyOf(claims);
        history = List.copyOf(history);
    }
}
