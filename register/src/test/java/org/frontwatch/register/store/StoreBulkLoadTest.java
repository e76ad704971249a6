package org.frontwatch.register.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.ItemStatus;
import org.frontwatch.register.PostgresExtension;
import org.frontwatch.register.Register;
import org.frontwatch.register.ReportedEvents;
import org.frontwatch.register.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link Store#putAll}, the batched bulk-load path, leaves the store as the same items put one at a time would. */
@ExtendWith(PostgresExtension.class)
class StoreBulkLoadTest {
    @TempDir
    Path data;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void bulkLoadStoresWhatSinglePutsStore(TestDatabase database) {
        List<ExtractedItem> items = new ArrayList<>(ReportedEvents.appealToldFourTimes());
        items.add(ReportedEvents.detentionToldOnce());
        try (Register register = Register.open(database.settings(data))) {
            register.store().putAll(items);

            assertThat(register.store().counts().items()).isEqualTo(items.size());
            for (ExtractedItem each : items) {
                ItemDetail detail = register.store().item(each.item().id()).orElseThrow();
                assertThat(detail.item()).isEqualTo(each.item());
                assertThat(detail.mentions()).extracting(StoredMention::mention)
                        .containsExactlyElementsOf(each.extraction().mentions());
                assertThat(detail.claims()).extracting(StoredClaim::claim)
                        .containsExactlyElementsOf(each.extraction().claims());
                assertThat(detail.reports()).extracting(StoredReport::report)
                        .containsExactlyElementsOf(each.extraction().events());
                assertThat(detail.captures()).hasSize(1);
                assertThat(detail.statusHistory()).extracting(StatusChange::status)
                        .containsExactly(ItemStatus.ACTIVE);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void bulkLoadingStoredItemsAgainReplacesTheirExtractionsWithoutDuplicating(TestDatabase database) {
        List<ExtractedItem> items = ReportedEvents.appealToldFourTimes();
        ExtractedItem first = items.get(0);
        Extraction withoutEvents = new Extraction(first.extraction().language(), first.extraction().published(),
                first.extraction().mentions().subList(0, 1), List.of(), List.of());
        assertThat(first.extraction().mentions()).hasSizeGreaterThan(1);
        assertThat(first.extraction().events()).isNotEmpty();
        try (Register register = Register.open(database.settings(data))) {
            register.store().putAll(items);
            long reports = register.store().counts().reports();

            register.store().putAll(List.of(new ExtractedItem(first.item(), first.capture(), withoutEvents),
                    items.get(1)));

            ItemDetail detail = register.store().item(first.item().id()).orElseThrow();
            assertThat(detail.mentions()).extracting(StoredMention::mention)
                    .containsExactlyElementsOf(withoutEvents.mentions());
            assertThat(detail.reports()).isEmpty();
            assertThat(detail.captures()).hasSize(1);
            assertThat(detail.statusHistory()).hasSize(1);
            assertThat(register.store().counts().items()).isEqualTo(items.size());
            assertThat(register.store().counts().reports())
                    .isEqualTo(reports - first.extraction().events().size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anItemGivenTwiceInOneBatchIsStoredAsGivenLast(TestDatabase database) {
        ExtractedItem first = ReportedEvents.appealToldFourTimes().get(0);
        Extraction withoutEvents = new Extraction(first.extraction().language(), first.extraction().published(),
                List.of(), List.of(), List.of());
        assertThat(first.extraction().events()).isNotEmpty();
        try (Register register = Register.open(database.settings(data))) {
            register.store().putAll(List.of(first, new ExtractedItem(first.item(), first.capture(), withoutEvents)));

            ItemDetail detail = register.store().item(first.item().id()).orElseThrow();
            assertThat(register.store().counts().items()).isEqualTo(1);
            assertThat(detail.mentions()).isEmpty();
            assertThat(detail.reports()).isEmpty();
        }
    }
}
