package org.frontwatch.app.server.view;

import java.util.List;
import java.util.Objects;

/** One row of a tally: a key (a region code, a unit key…), its count, and the evidence that makes the count. */
public record TallyRow(String key, String label, long count, List<String> incidentIds, List<String> itemIds) {
    public TallyRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        incidentIds = List.copyOf(incidentIds);
        itemIds = List.copyOf(itemIds);
        if (count < 0) {
            throw new IllegalArgumentException("tally count must not be negative: " + key + "=" + count);
        }
    }
}
