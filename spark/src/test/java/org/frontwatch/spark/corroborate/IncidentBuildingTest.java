package org.frontwatch.spark.corroborate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.DatePrecision;
import org.frontwatch.model.EventType;
import org.frontwatch.register.corroborate.Incident;
import org.frontwatch.register.corroborate.IncidentMerger;
import org.frontwatch.register.corroborate.ItemFacts;
import org.frontwatch.register.corroborate.ReportFacts;
import org.frontwatch.spark.LocalSpark;
import org.frontwatch.spark.table.ScalaCollections;
import org.junit.jupiter.api.Test;

/**
 * Incidents built on Spark — links by block, vague reports placed, each component merged alone — equal the
 * register's {@link IncidentMerger} over all reports at once, for the cases that make components: copies across
 * items, shared anchors within reach, and vague reports that agree with one, none or several incidents.
 */
class IncidentBuildingTest {
    private static final StructType FACTS = new StructType(new StructField[] {
        createStructField("id", StringType, false),
        createStructField("item_id", StringType, false),
        createStructField("type", StringType, false),
        createStructField("text", StringType, false),
        createStructField("date_from", DateType, true),
        createStructField("date_to", DateType, true),
        createStructField("date_precision", StringType, true),
        createStructField("units", createArrayType(StringType, false), false),
        createStructField("places", createArrayType(StringType, false), false),
        createStructField("origin", createArrayType(StringType, false), false),
        createStructField("location", createArrayType(StringType, false), false),
        createStructField("source", StringType, false),
        createStructField("forwarded_from", StringType, true),
        createStructField("published_day", DateType, true),
        createStructField("cluster_id", StringType, false),
    });
    private static final LocalDate PUBLISHED = LocalDate.parse("2023-03-30");

    private final List<ItemFacts> items = new ArrayList<>();
    private final List<String> clusters = new ArrayList<>();
    private final Map<String, Integer> itemIndex = new HashMap<>();
    private final List<ReportFacts> reports = new ArrayList<>();

    @Test
    void buildsTheMergersIncidentsWithVagueReportsPlacedAsTheMergerPlacesThem() {
        report("r1", "i1", "c1", "2023-03-01", "2023-03-01", Set.of("1439th regiment"), Set.of("irkutsk"));
        report("r2", "i2", "c2", "2023-03-02", "2023-03-02", Set.of("1439th regiment"), Set.of("irkutsk"));
        report("r3", "i3", "c3", "2023-03-20", "2023-03-20", Set.of("2nd battalion"), Set.of("irkutsk"));
        report("r4", "i4", "c4", "2023-03-21", "2023-03-21", Set.of("2nd battalion"), Set.of("irkutsk"));
        report("r5", "i5", "c1", "2023-03-28", "2023-03-28", Set.of("1439th regiment"), Set.of("irkutsk"));
        report("r6", "i5", "c1", "2023-03-28", "2023-03-28", Set.of("2nd battalion"), Set.of("irkutsk"));
        report("r7", "i9", "c1", "2023-03-29", "2023-03-29", Set.of("1439th regiment"), Set.of("irkutsk"));
        report("r8", "i10", "c10", "2023-01-02", "2023-01-02", Set.of("3rd company"), Set.of("buryatia"));
        report("r9", "i10", "c10", "2023-02-15", "2023-02-15", Set.of("3rd company"), Set.of("buryatia"));
        report("v1", "i6", "c6", "2023-03-01", "2023-03-25", Set.of(), Set.of("irkutsk"));
        report("v2", "i7", "c7", "2023-02-25", "2023-03-08", Set.of(), Set.of("irkutsk"));
        report("v3", "i8", "c8", "2023-04-10", "2023-04-25", Set.of(), Set.of("irkutsk"));

        Set<Set<String>> expected = reportSets(new IncidentMerger(items, reports, Map.of(), Map.of()).merge());
        Set<Set<String>> built = new HashSet<>();
        for (Row row : IncidentBuilding.incidents(LocalSpark.session(), LocalSpark.session().createDataFrame(rows(),
                FACTS), List.of(), Map.of(), 3).collectAsList()) {
            built.add(new HashSet<>(row.getList(row.fieldIndex("report_ids"))));
        }

        assertThat(built).isEqualTo(expected);
        assertThat(expected).as("copies join across items, one vague report joins its one incident")
                .contains(Set.of("r1", "r2", "r5", "r7", "v2"));
        assertThat(expected).as("two sentences of one item are no copies").contains(Set.of("r8"), Set.of("r9"));
        assertThat(expected).as("a vague report agreeing with no incident is one of its own").contains(Set.of("v3"));
        assertThat(expected.stream().flatMap(Set::stream))
                .as("a vague report agreeing with two incidents is in none").doesNotContain("v1");
    }

    private void report(String id, String item, String cluster, String from, String to, Set<String> units,
                        Set<String> location) {
        int index = itemIndex.computeIfAbsent(item, key -> {
            items.add(new ItemFacts(key, "channel-" + key, Optional.empty(), Optional.of(PUBLISHED),
                    Integer.parseInt(cluster.substring(1))));
            clusters.add(cluster);
            return items.size() - 1;
        });
        LocalDate start = LocalDate.parse(from);
        LocalDate end = LocalDate.parse(to);
        reports.add(new ReportFacts(id, index, EventType.APPEAL, Optional.of(new DateInterval(start, end,
                start.equals(end) ? DatePrecision.DAY : DatePrecision.DAYS)), units, Set.of(), Set.of(), location,
                "Report " + id + "."));
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (ReportFacts report : reports) {
            ItemFacts item = items.get(report.item());
            DateInterval window = report.window().orElseThrow();
            rows.add(RowFactory.create(report.id(), item.id(), report.type().name(), report.sentence(), window.from(),
                    window.to(), window.precision().name(), seq(report.units()), seq(report.places()),
                    seq(report.origin()), seq(report.location()), item.source(), null, PUBLISHED,
                    clusters.get(report.item())));
        }
        return rows;
    }

    private static scala.collection.Seq<String> seq(Set<String> values) {
        return ScalaCollections.seq(List.copyOf(values));
    }

    private static Set<Set<String>> reportSets(List<Incident> incidents) {
        Set<Set<String>> sets = new HashSet<>();
        incidents.forEach(incident -> sets.add(Set.copyOf(incident.reportIds())));
        return sets;
    }
}
