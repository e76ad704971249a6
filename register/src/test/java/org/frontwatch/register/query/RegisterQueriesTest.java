package org.frontwatch.register.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontwatch.model.EventType;
import org.frontwatch.model.ReviewStatus;
import org.frontwatch.model.UsageException;
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
class RegisterQueriesTest {
    @TempDir
    Path data;

    private static Register loaded(Register register) {
        List<ExtractedItem> items = new ArrayList<>(ReportedEvents.appealToldFourTimes());
        items.add(ReportedEvents.detentionToldOnce());
        register.store().putAll(items);
        register.rebuild();
        return register;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void talliesIncidentsNotCopiesWithEvidence(TestDatabase database) {
        try (Register register = loaded(Register.open(database.settings(data)))) {
            List<TallyRow> rows = register.queries().tally(new TallyQuery(TallyDimension.ORIGIN,
                    Optional.of(EventType.APPEAL), Optional.of(LocalDate.of(2023, 2, 1)), Optional.empty()));

            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.key()).isEqualTo("RU-IRK");
                assertThat(row.label()).isEqualTo("Irkutsk Oblast");
                assertThat(row.incidents()).isEqualTo(1);
                assertThat(row.evidenceItemIds()).hasSize(4);
            });
            assertThat(register.queries().tally(new TallyQuery(TallyDimension.ORIGIN, Optional.of(EventType.APPEAL),
                    Optional.of(LocalDate.of(2023, 3, 20)), Optional.empty()))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void tallyListingFirstEvidenceCountsAllOfIt(TestDatabase database) {
        try (Register register = loaded(Register.open(database.settings(data)))) {
            TallyQuery query = new TallyQuery(TallyDimension.ORIGIN, Optional.of(EventType.APPEAL),
                    Optional.of(LocalDate.of(2023, 2, 1)), Optional.empty());
            List<TallyRow> all = register.queries().tally(query);

            List<TallyRow> first = register.queries().tally(query, 2);

            assertThat(first).singleElement().satisfies(row -> {
                assertThat(row.key()).isEqualTo("RU-IRK");
                assertThat(row.incidents()).isEqualTo(1);
                assertThat(row.evidenceItems()).isEqualTo(4);
                assertThat(row.evidenceItemIds()).isEqualTo(all.get(0).evidenceItemIds().subList(0, 2));
                assertThat(row.incidentIds()).isEqualTo(all.get(0).incidentIds());
            });
            assertThatThrownBy(() -> register.queries().tally(query, -1))
                    .hasMessageContaining("must not be negative: -1");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void talliesByTypePlaceAndRegion(TestDatabase database) {
        try (Register register = loaded(Register.open(database.settings(data)))) {
            assertThat(register.queries().tally(new TallyQuery(TallyDimension.TYPE, Optional.empty(),
                    Optional.empty(), Optional.empty()))).extracting(TallyRow::key, TallyRow::incidents)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("APPEAL", 1),
                            org.assertj.core.groups.Tuple.tuple("DETENTION", 1));
            assertThat(register.queries().tally(new TallyQuery(TallyDimension.PLACE, Optional.empty(),
                    Optional.empty(), Optional.empty()))).extracting(TallyRow::label)
                    .containsExactlyInAnyOrder("Avdiivka", "Kreminna");
            assertThat(register.queries().tally(new TallyQuery(TallyDimension.REGION, Optional.empty(),
                    Optional.empty(), Optional.empty()))).extracting(TallyRow::label)
                    .containsExactlyInAnyOrder("Donetsk Oblast", "Luhansk Oblast");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void publicTallyCountsOnlyPubliclyReviewedIncidents(TestDatabase database) {
        try (Register register = loaded(Register.open(database.settings(data)))) {
            String appeal = register.queries().incidents(IncidentFilter.first(10).withType(EventType.APPEAL)).get(0)
                    .id();
            register.store().setIncidentStatus(appeal, ReviewStatus.CORROBORATED, "ana", "two sources");

            List<TallyRow> rows = register.queries().tally(new TallyQuery(TallyDimension.TYPE, Optional.empty(),
                    Optional.empty(), Optional.empty(), true));

            assertThat(rows).extracting(TallyRow::key).containsExactly("APPEAL");
            assertThat(register.queries().incidents(IncidentFilter.first(10).onlyPublic()))
                    .extracting(IncidentSummary::id).containsExactly(appeal);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void closingWaitsForTheTallySnapshotBeingRead(TestDatabase database) {
        Register register = loaded(Register.open(database.settings(data)));
        register.queries().tally(new TallyQuery(TallyDimension.TYPE, Optional.empty(), Optional.empty(),
                Optional.empty()));

        register.close();

        assertThat(register.queries().snapshotReadsEnded()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void profilesAUnit(TestDatabase database) {
        try (Register register = loaded(Register.open(database.settings(data)))) {
            UnitProfile profile = register.queries().unit("regiment:1439");

            assertThat(profile.unit()).isEqualTo(ReportedEvents.UNIT);
            assertThat(profile.sightings()).singleElement().satisfies(sighting -> {
                assertThat(sighting.type()).isEqualTo(EventType.APPEAL);
                assertThat(sighting.placeNames()).containsExactly("Avdiivka");
                assertThat(sighting.when()).hasValueSatisfying(w -> assertThat(w.from())
                        .isEqualTo(LocalDate.of(2023, 3, 4)));
            });
            assertThat(profile.origins()).containsExactly(new KeyCount("RU-IRK", "Irkutsk Oblast", 1));
            assertThat(profile.sources()).hasSize(4);
            assertThat(profile.itemIds()).hasSize(4);
            assertThatThrownBy(() -> register.queries().unit("1439")).isInstanceOf(UsageException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void countsIncidentsPerWeekAndType(TestDatabase database) {
        try (Register register = loaded(Register.open(database.settings(data)))) {
            List<TimelineBucket> weeks = register.queries().timeline(TimelineStep.WEEK, Optional.empty(),
                    Optional.empty(), Optional.empty(), false);

            assertThat(weeks).containsExactly(
                    new TimelineBucket(LocalDate.of(2023, 2, 27), EventType.APPEAL, 1),
                    new TimelineBucket(LocalDate.of(2023, 3, 6), EventType.DETENTION, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void talliesAndIncidentListsFollowEveryWrite(TestDatabase database) {
        try (Register register = Register.open(database.settings(data))) {
            register.store().putAll(ReportedEvents.appealToldFourTimes());
            register.rebuild();
            TallyQuery byType = new TallyQuery(TallyDimension.TYPE, Optional.empty(), Optional.empty(),
                    Optional.empty());
            assertThat(register.queries().tally(byType)).extracting(TallyRow::key).containsExactly("APPEAL");
            IncidentSummary appeal = register.queries().incidents(IncidentFilter.first(10)).get(0);
            assertThat(appeal.status()).isEqualTo(ReviewStatus.UNVERIFIED);

            register.store().setIncidentStatus(appeal.id(), ReviewStatus.DISPUTED, "ana", "one channel only");
            register.store().putAll(List.of(ReportedEvents.detentionToldOnce()));
            register.rebuild();

            assertThat(register.queries().tally(byType)).extracting(TallyRow::key)
                    .containsExactly("APPEAL", "DETENTION");
            assertThat(register.queries().incidents(IncidentFilter.first(10)))
                    .filteredOn(incident -> incident.id().equals(appeal.id()))
                    .extracting(IncidentSummary::status).containsExactly(ReviewStatus.DISPUTED);
        }
    }
}
