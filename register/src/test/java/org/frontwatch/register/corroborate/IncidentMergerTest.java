package org.frontwatch.register.corroborate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.DatePrecision;
import org.frontwatch.model.EventType;
import org.junit.jupiter.api.Test;

/** How reports become incidents when summaries and several events share one text. */
class IncidentMergerTest {
    private static final List<ItemFacts> ITEMS = List.of(
            item("a", "Channel A", 0), item("b", "Outlet B", 1), item("c", "Outlet C", 2));

    @Test
    void summaryOfSeveralAppealsDoesNotChainThemIntoOne() {
        ReportFacts wives = report("r1", 0, "2023-02-12", "2023-02-12", Set.of("RU-BU"));
        ReportFacts irkutsk = report("r2", 1, "2023-03-04", "2023-03-05", Set.of("RU-IRK"));
        ReportFacts summary = report("r3", 2, "2023-02-01", "2023-03-08", Set.of("RU-BU", "RU-IRK"));

        List<Incident> incidents = merge(wives, irkutsk, summary);

        assertThat(incidents).hasSize(2);
        assertThat(incidents).extracting(Incident::origin)
                .containsExactlyInAnyOrder(List.of("RU-BU"), List.of("RU-IRK"));
        assertThat(incidents).flatExtracting(Incident::reportIds).doesNotContain("r3");
    }

    @Test
    void vagueReportJoinsTheOneIncidentItAgreesWithWithoutWideningItsDates() {
        ReportFacts appeal = report("r1", 0, "2023-03-04", "2023-03-05", Set.of("RU-IRK"));
        ReportFacts recap = report("r2", 1, "2023-02-20", "2023-03-08", Set.of("RU-IRK"));

        List<Incident> incidents = merge(appeal, recap);

        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).reportIds()).containsExactlyInAnyOrder("r1", "r2");
        assertThat(incidents.get(0).when()).hasValueSatisfying(when -> {
            assertThat(when.from()).isEqualTo(LocalDate.parse("2023-03-04"));
            assertThat(when.to()).isEqualTo(LocalDate.parse("2023-03-05"));
        });
    }

    @Test
    void oneIncidentOfAKnownComponentEqualsTheMergersIncident() {
        ReportFacts appeal = report("r1", 0, "2023-03-04", "2023-03-05", Set.of("RU-IRK"));
        ReportFacts recap = report("r2", 1, "2023-02-20", "2023-03-08", Set.of("RU-IRK"));
        ReportFacts repeat = report("r3", 2, "2023-03-05", "2023-03-06", Set.of("RU-IRK"));

        List<Incident> merged = merge(appeal, recap, repeat);
        Incident built = new IncidentMerger(ITEMS, List.of(repeat, appeal, recap), Map.of(), Map.of())
                .asOneIncident();

        assertThat(merged).containsExactly(built);
        assertThat(built.reportIds()).containsExactly("r1", "r2", "r3");
    }

    @Test
    void twoAppealsInOneArticleStayTwoIncidentsWhenTheyDoNotAgree() {
        ReportFacts buryatia = report("r1", 0, "2023-02-19", "2023-02-19", Set.of("RU-BU"));
        ReportFacts irkutsk = report("r2", 0, "2023-03-05", "2023-03-05", Set.of("RU-IRK"));

        assertThat(merge(buryatia, irkutsk)).hasSize(2);
    }

    @Test
    void vagueReportThatAgreesWithNothingIsAnIncidentOfItsOwn() {
        ReportFacts lone = report("r1", 0, "2023-01-01", "2023-01-31", Set.of("RU-OMS"));

        List<Incident> incidents = merge(lone);

        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).origin()).containsExactly("RU-OMS");
    }

    @Test
    void postsThatNameNoDateAreNotJoinedByTheirRegionAlone() {
        ReportFacts wives = undated("r1", 0, "2023-02-06", "2023-02-13", Set.of("RU-BU"));
        ReportFacts soldiers = undated("r2", 1, "2023-02-12", "2023-02-19", Set.of("RU-BU"));
        ReportFacts soldiersDated = report("r3", 2, "2023-02-19", "2023-02-19", Set.of("RU-BU"));

        List<Incident> incidents = merge(wives, soldiers, soldiersDated);

        assertThat(incidents).extracting(incident -> incident.reportIds().size()).containsExactlyInAnyOrder(1, 2);
        assertThat(incidents).filteredOn(incident -> incident.reportIds().contains("r1"))
                .singleElement().satisfies(incident -> assertThat(incident.reportIds()).containsExactly("r1"));
    }

    @Test
    void undatedPostWithOnlyARegionDoesNotBridgeTwoAppealsAWeekApart() {
        ReportFacts wives = report("r1", 0, "2023-02-12", "2023-02-12", Set.of("RU-BU"));
        ReportFacts soldiers = report("r2", 1, "2023-02-19", "2023-02-19", Set.of("RU-BU"));
        ReportFacts headline = undated("r3", 2, "2023-02-12", "2023-02-19", Set.of("RU-BU"));

        List<Incident> incidents = merge(wives, soldiers, headline);

        assertThat(incidents).hasSize(2);
        assertThat(incidents).allSatisfy(incident -> assertThat(incident.reportIds()).hasSize(1));
    }

    @Test
    void aClusterOfThousandsOfRepostsDoesNotMakeLinkingQuadratic() {
        // 40 000 reposts of one text naming one of two units: two incidents, not 800 million comparisons.
        int reposts = 40_000;
        List<ItemFacts> items = new ArrayList<>(reposts);
        List<ReportFacts> reports = new ArrayList<>(reposts);
        for (int i = 0; i < reposts; i++) {
            items.add(new ItemFacts(String.format("%064d", i), "channel " + i, Optional.empty(), Optional.empty(), 0));
            reports.add(new ReportFacts("r" + i, i, EventType.APPEAL, Optional.empty(),
                    Set.of(i % 2 == 0 ? "unit:regiment:1439" : "unit:brigade:155"), Set.of(), Set.of(), Set.of(),
                    "sentence " + i));
        }

        List<Incident> incidents = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> new IncidentMerger(items, reports, Map.of(), Map.of()).merge());

        assertThat(incidents).extracting(incident -> incident.reportIds().size()).containsExactly(20_000, 20_000);
    }

    @Test
    void aRegionNamedByThousandsOfReportsAWeekDoesNotMakeLinkingQuadratic() {
        // A thousand reports a day in one region for two months, at 300 places that never agree with each other,
        // and a month-long vague report at each place: one incident per place, its vague report in it.
        int places = 300;
        int days = 60;
        LocalDate start = LocalDate.parse("2023-02-01");
        List<ItemFacts> items = new ArrayList<>();
        List<ReportFacts> reports = new ArrayList<>();
        for (int day = 0; day <= days; day++) {
            for (int place = 0; place < places; place++) {
                int i = items.size();
                items.add(new ItemFacts(String.format("%064d", i), "channel " + i, Optional.empty(), Optional.empty(),
                        i));
                DateInterval window = day < days ? DateInterval.day(start.plusDays(day))
                        : new DateInterval(start.plusDays(10), start.plusDays(40), DatePrecision.DAYS);
                reports.add(new ReportFacts("r" + i, i, EventType.APPEAL, Optional.of(window), Set.of(),
                        Set.of("place:" + place), Set.of(), Set.of("UA-14"), "sentence " + i));
            }
        }

        List<Incident> incidents = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> new IncidentMerger(items, reports, Map.of(), Map.of()).merge());

        assertThat(incidents).hasSize(places)
                .allSatisfy(incident -> assertThat(incident.reportIds()).hasSize(days + 1));
    }

    private static ReportFacts undated(String id, int item, String from, String to, Set<String> origin) {
        DateInterval window = new DateInterval(LocalDate.parse(from), LocalDate.parse(to), DatePrecision.OPEN);
        return new ReportFacts(id, item, EventType.APPEAL, Optional.of(window), Set.of(), Set.of(), origin, Set.of(),
                "sentence " + id);
    }

    private static List<Incident> merge(ReportFacts... reports) {
        return new IncidentMerger(ITEMS, List.of(reports), Map.of(), Map.of()).merge();
    }

    private static ItemFacts item(String id, String source, int cluster) {
        return new ItemFacts(id.repeat(64), source, Optional.empty(), Optional.of(LocalDate.parse("2023-03-08")),
                cluster);
    }

    private static ReportFacts report(String id, int item, String from, String to, Set<String> origin) {
        DateInterval window = new DateInterval(LocalDate.parse(from), LocalDate.parse(to), DatePrecision.DAYS);
        return new ReportFacts(id, item, EventType.APPEAL, Optional.of(window), Set.of(), Set.of(), origin, Set.of(),
                "sentence " + id);
    }
}
