package org.frontwatch.register.query;

import java.util.List;
import java.util.Objects;

/**
 * One row of a tally: a key ({@code RU-IRK}), its label ({@code Irkutsk Oblast}), the number of incidents — not
 * copies — and of the items that tell them, and the evidence: the incidents and the items, all of them or, in a row
 * asked for with a limit ({@link RegisterQueries#tally(TallyQuery, int)}), the first of each in id order.
 */
public record TallyRow(String key, String label, int incidents, int evidenceItems, List<String> incidentIds,
                       List<String> evidenceItemIds) {
    public TallyRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        incidentIds = List.copyOf(incidentIds);
        evidenceItemIds = List.copyOf(evidenceItemIds);
        if (incidentIds.size() > incidents || evidenceItemIds.size() > evidenceItems) {
            throw new IllegalArgumentException("a tally row lists more evidence than it counts: " + key + " counts "
                    + incidents + " incidents and " + evidenceItems + " items, lists " + incidentIds.size() + " and "
                    + evidenceItemIds.size());
        }
    }

    /** A row listing all its evidence. */
    public TallyRow(String key, String label, int incidents, List<String> incidentIds,
                    List<String> evidenceItemIds) {
        this(key, label, incidents, evidenceItemIds.size(), incidentIds, evidenceItemIds);
        if (incidents != incidentIds.size()) {
            throw new IllegalArgumentException("incident count must equal the listed incidents: count=" + incidents
                    + ", listed=" + incidentIds.size());
        }
    }

    /** This row listing at most {@code max} incident ids and {@code max} item ids, its counts unchanged. */
    public TallyRow firstEvidence(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("evidence limit must not be negative: " + max);
        }
        if (incidentIds.size() <= max && evidenceItemIds.size() <= max) {
            return this;
        }
        return new TallyRow(key, label, incidents, evidenceItems,
                incidentIds.subList(0, Math.min(max, incidentIds.size())),
                evidenceItemIds.subList(0, Math.min(max, evidenceItemIds.size())));
    }
}
