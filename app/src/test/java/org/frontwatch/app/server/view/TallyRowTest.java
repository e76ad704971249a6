package org.frontwatch.app.server.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TallyRowTest {
    private final TallyRow row = new TallyRow("RU-IRK", "Irkutsk Oblast", 3, List.of("i1", "i2", "i3"),
            List.of("a", "b", "c", "d", "e"));

    @Test
    void countsItsItemsWhenListingAllOfThem() {
        assertThat(row.itemCount()).isEqualTo(5);
    }

    @Test
    void listsTheFirstEvidenceAndKeepsCountingAll() {
        TallyRow limited = row.firstEvidence(2);

        assertThat(limited.incidentIds()).containsExactly("i1", "i2");
        assertThat(limited.itemIds()).containsExactly("a", "b");
        assertThat(limited.count()).isEqualTo(3);
        assertThat(limited.itemCount()).isEqualTo(5);
        assertThat(row.firstEvidence(10)).isEqualTo(row);
    }

    @Test
    void refusesToListMoreEvidenceThanItCounts() {
        assertThatThrownBy(() -> new TallyRow("RU-IRK", "Irkutsk Oblast", 1, 5, List.of("i1", "i2"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counts 1 incidents");
    }
}
