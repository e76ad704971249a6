package org.frontwatch.register.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TallyRowTest {
    private final TallyRow row = new TallyRow("RU-IRK", "Irkutsk Oblast", 3, List.of("i1", "i2", "i3"),
            List.of("a", "b", "c", "d"));

    @Test
    void countsAllEvidenceWhenListingItsFirst() {
        TallyRow first = row.firstEvidence(2);

        assertThat(first.incidentIds()).containsExactly("i1", "i2");
        assertThat(first.evidenceItemIds()).containsExactly("a", "b");
        assertThat(first.incidents()).isEqualTo(3);
        assertThat(first.evidenceItems()).isEqualTo(4);
        assertThat(row.firstEvidence(4)).isSameAs(row);
    }

    @Test
    void refusesToListMoreEvidenceThanItCounts() {
        assertThatThrownBy(() -> new TallyRow("RU-IRK", "Irkutsk Oblast", 1, 5, List.of("i1", "i2"), List.of()))
                .hasMessageContaining("lists more evidence than it counts: RU-IRK counts 1 incidents");
    }
}
