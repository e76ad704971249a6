package org.frontwatch.register.store;

import java.util.Objects;
import org.frontwatch.model.EventReport;

/** An event report as stored: its content-derived id and the item that tells it. */
public record StoredReport(String id, String itemId, EventReport report) {
    public StoredReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(report, "report");
    }
}
