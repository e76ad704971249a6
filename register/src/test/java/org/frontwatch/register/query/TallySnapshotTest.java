package org.frontwatch.register.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontwatch.model.EventType;
import org.frontwatch.model.ReviewStatus;
import org.frontwatch.register.PostgresExtension;
import org.frontwatch.register.Register;
import org.frontwatch.register.ReportedEvents;
import org.frontwatch.register.TestDatabase;
import org.frontwatch.register.store.ExtractedItem;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(PostgresExtension.class)
class TallySnapshotTest {
    @TempDir
    Path data;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void answersEveryTallyAsTheStoreQueryDoes(TestDatabase database) {
        try (Register register = Register.open(database.settings(data))) {
            List<ExtractedItem> items = new ArrayList<>(ReportedEvents.appealToldFourTimes());
            items.add(ReportedEvents.detentionToldOnce());
            register.store().putAll(items);
            register.rebuild();
            String appeal = register.queries().incidents(IncidentFilter.first(10).withType(EventType.APPEAL)).get(0)
                    .id();
            register.store().setIncidentStatus(appeal, ReviewStatus.CORROBORATED, "ana", "two sources");
            TallySnapshot snapshot = register.store().database().read("read a snapshot",
                    connection -> TallySnapshot.read(connection, register.store().database().version()));

            List<Optional<LocalDate>> days = new ArrayList<>(List.of(Optional.empty()));
            for (LocalDate day = LocalDate.of(2023, 2, 28); day.isBefore(LocalDate.of(2023, 3, 10));
                    day = day.plusDays(1)) {
                days.add(Optional.of(day));
            }
            List<Optional<EventType>> types = List.of(Optional.empty(), Optional.of(EventType.APPEAL),
                    Optional.of(EventType.DETENTION), Optional.of(EventType.MUTINY));
            int nonEmpty = 0;
            for (TallyDimension by : TallyDimension.values()) {
                for (Optional<EventType> type : types) {
                    for (Optional<LocalDate> since : days) {
                        for (Optional<LocalDate> until : days) {
                            if (since.isPresent() && until.isPresent() && until.get().isBefore(since.get())) {
                                continue;
                            }
                            for (boolean publicOnly : new boolean[] {false, true}) {
                                TallyQuery query = new TallyQuery(by, type, since, until, publicOnly);
                                List<TallyRow> expected = register.queries().tallyByQuery(query);
                                assertThat(snapshot.tally(query)).as(query.toString()).isEqualTo(expected);
                                for (int max : new int[] {0, 1, 2}) {
                                    assertThat(snapshot.tally(query, max)).as(query + " listing " + max)
                                            .isEqualTo(expected.stream().map(row -> row.firstEvidence(max))
                                                    .toList());
                                }
                                nonEmpty += expected.isEmpty() ? 0 : 1;
                            }
                        }
                    }
                }
            }
            assertThat(nonEmpty).as("tallies with rows among those compared").isGreaterThan(500);
        }
    }
}
