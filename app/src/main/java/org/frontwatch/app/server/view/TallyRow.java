package org.frontwatch.app.server.view;

import java.util.List;
import java.util.Objects;

/**
 * One row of a tally: a key (a region code, a unit key…), its count of incidents, the number of items that tell
 * them, and the evidence that makes the count — all of it, or its first ids when the answer was limited
 * ({@link #firstEvidence}); {@code count} and {@code itemCount} always count all of it.
 */
public record TallyRow(String key, String label, long count, long itemCount, List<String> incidentIds,
                       List<String> itemIds) {
    public TallyRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        incidentIds = List.copyOf(incidentIds);
        itemIds = List.copyOf(itemIds);
        if (count < 0) {
            throw new IllegalArgumentException("tally count must not be negative: " + key + "=" + count);
        }
        if (incidentIds.size() > count || itemIds.size() > itemCount) {
            throw new IllegalArgumentException("a tally row lists more evidence than it counts: " + key + " counts "
                    + count + " incidents and " + itemCount + " items, lists " + incidentIds.size() + " and "
                    + itemIds.size());
        }
    }

    /** A row listing all its evidence. */
    public TallyRow(String key, String label, long count, List<String> incidentIds, List<String> itemIds) {
        this(key, label, count, itemIds.size(), incidentIds, itemIds);
    }

    /** This row listing at most {@code max} incident ids and {@code max} item ids, its counts unchanged. */
    public TallyRow firstEvidence(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("evidence limit must not be negative: " + max);
        }
        if (incidentIds.size() <= max && itemIds.size() <= max) {
            return this;
        }
        return new TallyRow(key, label, count, itemCount, incidentIds.subList(0, Math.min(max, incidentIds.size())),
                itemIds.subList(0, Math.min(max, itemIds.size())));
    }
}
