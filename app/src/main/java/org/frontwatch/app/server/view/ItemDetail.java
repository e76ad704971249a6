package org.frontwatch.app.server.view;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.frontwatch.model.Claim;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.Mention;

/**
 * Everything known about one item: its text with mentions, claims and reports, its preserved captures, the custody
 * entries about it, its status history and the incidents it tells.
 */
public record ItemDetail(ItemSummary summary, String text, Map<String, String> metadata, List<Mention> mentions,
                         List<Claim> claims, List<EventReport> reports, List<CaptureInfo> captures,
                         List<CustodyEntryView> custody, List<StatusChange> history, List<String> incidents) {
    public ItemDetail {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(text, "text");
        metadata = Map.copyOf(metadata);
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
        reports = List.copyOf(reports);
        captures = List.copyOf(captures);
        custody = List.copyOf(custody);
        history = List.copyOf(history);
        incidents = List.copyOf(incidents);
    }
}
