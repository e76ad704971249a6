package org.frontwatch.spark.corroborate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.frontwatch.model.Place;
import org.frontwatch.register.corroborate.Incident;
import org.frontwatch.register.corroborate.IncidentMerger;
import org.frontwatch.register.corroborate.IncidentRule;
import org.frontwatch.register.corroborate.ItemFacts;
import org.frontwatch.register.corroborate.ReportFacts;
import scala.Tuple2;

/**
 * Incidents on Spark, the same as the register's {@code IncidentMerger} builds: reports are grouped by the blocks
 * the merger compares within — type and one anchor (unit, place, region of origin, region where it happened), or
 * type and near-duplicate cluster — and each block is swept in window order with the register's
 * {@code IncidentRule}, keeping only the links that join two sets of the block. The links are joined into
 * components on the driver (a component is named by its smallest report id), and each component's incident is
 * built by the register's merger where the component's reports are.
 */
final class IncidentBuilding {
    private IncidentBuilding() {
    }

    /**
     * The incidents of {@code facts}: rows of reports joined with their items' {@code source},
     * {@code forwarded_from}, {@code published_day} and {@code cluster_id}.
     */
    static Dataset<Row> incidents(SparkSession spark, Dataset<Row> facts, List<Row> places,
                                  Map<String, Integer> placeCounts, int partitions) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> rows = facts.javaRDD();
        int slack = IncidentRule.SLACK_DAYS;
        List<Tuple2<String, String>> links = rows
                .flatMapToPair(row -> {
                    ReportFacts report = CorroborationFacts.report(row);
                    List<Tuple2<String, Row>> blocks = new ArrayList<>();
                    blocks.add(new Tuple2<>(report.type() + "|c|" + row.getAs("cluster_id"), row));
                    if (report.window().isPresent()) {
                        report.units().forEach(key -> blocks.add(new Tuple2<>(report.type() + "|u|" + key, row)));
                        report.places().forEach(key -> blocks.add(new Tuple2<>(report.type() + "|p|" + key, row)));
                        report.origin().forEach(key -> blocks.add(new Tuple2<>(report.type() + "|o|" + key, row)));
                        report.location().forEach(key -> blocks.add(new Tuple2<>(report.type() + "|l|" + key, row)));
                    }
                    return blocks.iterator();
                })
                .groupByKey(partitions)
                .flatMap(block -> {
                    List<ReportFacts> reports = new ArrayList<>();
                    block._2().forEach(row -> reports.add(CorroborationFacts.report(row)));
                    boolean copies = block._1().contains("|c|");
                    return links(reports, copies, slack).iterator();
                })
                .collect();
        ConnectedComponents components = new ConnectedComponents();
        links.forEach(link -> components.connect(link._1(), link._2()));
        List<Row> named = new ArrayList<>();
        components.components().forEach((report, component) -> named.add(RowFactory.create(report, component)));
        Dataset<Row> componentOf = spark.createDataFrame(named, new org.apache.spark.sql.types.StructType()
                .add("report_id", "string", false).add("component", "string", false));
        Dataset<Row> withComponents = facts.join(componentOf, facts.col("id").equalTo(componentOf.col("report_id")),
                        "left")
                .withColumn("component", coalesce(col("component"), col("id")));
        Broadcast<List<Row>> placeRows = context.broadcast(places);
        Broadcast<Map<String, Integer>> counts = context.broadcast(new HashMap<>(placeCounts));
        JavaRDD<Row> incidents = withComponents.javaRDD()
                .groupBy(row -> row.<String>getAs("component"), partitions)
                .mapPartitions(groups -> {
                    Map<String, Place> placesByKey = CorroborationFacts.places(placeRows.value());
                    List<Row> out = new ArrayList<>();
                    while (groups.hasNext()) {
                        Tuple2<String, Iterable<Row>> group = groups.next();
                        List<Row> members = new ArrayList<>();
                        group._2().forEach(members::add);
                        members.sort(Comparator.comparing(row -> row.<String>getAs("id")));
                        Map<String, Integer> itemIndex = new HashMap<>();
                        Map<String, Integer> clusterIndex = new HashMap<>();
                        List<ItemFacts> items = new ArrayList<>();
                        List<ReportFacts> reports = new ArrayList<>(members.size());
                        for (Row row : members) {
                            int item = itemIndex.computeIfAbsent(row.getAs("item_id"), id -> {
                                int cluster = clusterIndex.computeIfAbsent(row.getAs("cluster_id"),
                                        k -> clusterIndex.size());
                                items.add(CorroborationFacts.item(row, cluster));
                                return items.size() - 1;
                            });
                            reports.add(CorroborationFacts.report(row, item));
                        }
                        for (Incident incident : new IncidentMerger(items, reports, placesByKey, counts.value())
                                .merge()) {
                            out.add(IncidentTable.toRow(incident));
                        }
                    }
                    return out.iterator();
                });
        return spark.createDataFrame(incidents, IncidentTable.SCHEMA);
    }

    /**
     * The links of one block that join two of its sets, as the register's merger finds them: every pair of
     * copies, or, for an anchor block, each report against the later-starting ones its widened window can reach.
     */
    static List<Tuple2<String, String>> links(List<ReportFacts> reports, boolean copies, int slack) {
        if (reports.size() < 2) {
            return List.of();
        }
        if (!copies) {
            reports.sort(Comparator.comparing((ReportFacts report) -> report.window().orElseThrow().from())
                    .thenComparing(ReportFacts::id));
        }
        BlockSets sets = new BlockSets(reports.size());
        List<Tuple2<String, String>> links = new ArrayList<>();
        for (int a = 0; a < reports.size(); a++) {
            ReportFacts first = reports.get(a);
            for (int b = a + 1; b < reports.size(); b++) {
                ReportFacts second = reports.get(b);
                if (!copies && second.window().orElseThrow().from()
                        .isAfter(first.window().orElseThrow().to().plusDays(2L * slack))) {
                    break;
                }
                if (sets.find(a) != sets.find(b) && IncidentRule.sameEvent(first, second, copies)) {
                    sets.union(a, b);
                    links.add(new Tuple2<>(first.id(), second.id()));
                }
            }
        }
        return links;
    }

    /** Disjoint sets over the reports of one block. */
    private static final class BlockSets {
        private final int[] parent;

        BlockSets(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int find(int element) {
            int x = element;
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            parent[find(a)] = find(b);
        }
    }
}
