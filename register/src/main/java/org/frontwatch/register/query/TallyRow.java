package org.frontwatch.register.query;

import java.util.List;
import java.util.Objects;

/**
 * One row of a tally: a key ({@code RU-IRK}), its label ({@code Irkutsk Oblast}), the number of incidents — not
 * copies — and the evidence: the incidents and the items that tell them.
 */
public record TallyRow(String key, String label, int incidents, List<String> incidentIds,
                       List<String> evidenceItemIds) {
    public TallyRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        incidentIds = List.copyOf(incidentIds);
        evidenceItemIds = List.copyOf(evidenceItemIds);
        if (incidents != incidentIds.size()) {
            throw new IllegalArgumentException("incident count must equal the listed incidents: count=" + incidents
                    + ", listed=" + incidentIds.size());
        }
    }
}
