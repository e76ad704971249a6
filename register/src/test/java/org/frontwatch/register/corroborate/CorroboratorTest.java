package org.frontwatch.register.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontwatch.model.EventType;
import org.frontwatch.model.ReviewStatus;
import org.frontwatch.register.PostgresExtension;
import org.frontwatch.register.Register;
import org.frontwatch.register.ReportedEvents;
import org.frontwatch.register.TestDatabase;
import org.frontwatch.register.query.ClaimGroupView;
import org.frontwatch.register.query.IncidentDetail;
import org.frontwatch.register.query.IncidentFilter;
import org.frontwatch.register.query.IncidentSummary;
import org.frontwatch.register.store.ExtractedItem;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(PostgresExtension.class)
class CorroboratorTest {
    @TempDir
    Path data;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void postForwardReprintAndEnglishArticleAreOneIncidentWithTwoIndependentSources(TestDatabase database) {
        try (Register register = Register.open(database.settings(data))) {
            List<ExtractedItem> items = ReportedEvents.appealToldFourTimes();
            items.forEach(i -> register.put(i.item(), i.capture(), i.extraction()));

            CorroborationSummary summary = register.rebuild();

            assertThat(summary.items()).isEqualTo(4);
            assertThat(summary.nearDuplicateClusters()).isEqualTo(2);
            List<IncidentSummary> incidents = register.queries().incidents(IncidentFilter.first(10));
            assertThat(incidents).singleElement().satisfies(incident -> {
                assertThat(incident.type()).isEqualTo(EventType.APPEAL);
                assertThat(incident.items()).isEqualTo(4);
                assertThat(incident.independentSources()).isEqualTo(2);
                assertThat(incident.place()).contains(ReportedEvents.AVDIIVKA);
            });
            IncidentDetail detail = register.queries().incident(incidents.get(0).id()).orElseThrow();
            assertThat(detail.items()).extracting(i -> i.id())
                    .containsExactlyInAnyOrderElementsOf(items.stream().map(i -> i.item().id()).toList());
            assertThat(detail.keys().get("origin")).containsExactly("RU-IRK");
            assertThat(detail.keys().get("unit")).containsExactly(ReportedEvents.UNIT);
            assertThat(detail.keys().get("region")).containsExactly("UA-14");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void differentEventsStayApart(TestDatabase database) {
        try (Register register = Register.open(database.settings(data))) {
            List<ExtractedItem> items = new ArrayList<>(ReportedEvents.appealToldFourTimes());
            items.add(ReportedEvents.detentionToldOnce());
            register.store().putAll(items);

            assertThat(register.rebuild().incidents()).isEqualTo(2);
            assertThat(register.queries().incidents(IncidentFilter.first(10).withType(EventType.DETENTION)))
                    .singleElement().satisfies(i -> assertThat(i.independentSources()).isEqualTo(1));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void reviewStatusSurvivesRebuildOfAnUnchangedIncident(TestDatabase database) {
        try (Register register = Register.open(database.settings(data))) {
            register.store().putAll(ReportedEvents.appealToldFourTimes());
            register.rebuild();
            String id = register.queries().incidents(IncidentFilter.first(1)).get(0).id();
            register.store().setIncidentStatus(id, ReviewStatus.VERIFIED, "ana", "video geolocated");

            register.store().put(ReportedEvents.detentionToldOnce().item(),
                    ReportedEvents.detentionToldOnce().capture(), ReportedEvents.detentionToldOnce().extraction());
            register.rebuild();

            assertThat(register.queries().incident(id)).hasValueSatisfying(detail -> {
                assertThat(detail.summary().status()).isEqualTo(ReviewStatus.VERIFIED);
                assertThat(detail.reviewHistory()).hasSize(1);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void groupsConflictingClaimsAboutOneSubjectAndMonth(TestDatabase database) {
        try (Register register = Register.open(database.settings(data))) {
            register.store().putAll(ReportedEvents.appealToldFourTimes());
            register.rebuild();

            List<ClaimGroupView> groups = register.queries().claimGroups();
            assertThat(groups).singleElement().satisfies(view -> {
                assertThat(view.group().subject()).isEqualTo("soldiers still fit");
                assertThat(view.group().period()).isEqualTo("2023-03");
                assertThat(view.group().conflicting()).isTrue();
                assertThat(view.group().low()).hasValue(30);
                assertThat(view.group().high()).hasValue(90);
                assertThat(view.claims()).hasSize(4);
                assertThat(view.claimants()).containsExactly("defence ministry", "солдаты");
            });
        }
    }
}
