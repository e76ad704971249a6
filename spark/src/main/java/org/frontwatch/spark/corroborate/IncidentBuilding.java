package org.frontwatch.spark.corroborate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.frontwatch.model.Place;
import org.frontwatch.register.corroborate.Incident;
import org.frontwatch.register.corroborate.IncidentMerger;
import org.frontwatch.register.corroborate.ItemFacts;
import org.frontwatch.register.corroborate.ReportFacts;
import scala.Tuple2;

/**
 * Incidents on Spark, the same as the register's {@link IncidentMerger} builds, in three steps: the merger's links
 * are found block by block ({@link IncidentLinks}) and joined into components on the driver (a component is named
 * by its smallest report id); components of vague reports are placed as the merger places them
 * ({@link VaguePlacement}); each resulting component is then one of the merger's incidents, built where its
 * reports are by the register's {@link IncidentMerger#asOneIncident()} — the components are not linked a second
 * time, because on a dense archive one component can hold a region's reports of months, and linking them again
 * would be one task's work.
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
        ConnectedComponents components = new ConnectedComponents();
        IncidentLinks.of(CorroborationFacts.rows(facts), partitions).collect()
                .forEach(link -> components.connect(link._1(), link._2()));
        VaguePlacement placement = VaguePlacement.of(CorroborationFacts.rows(withComponents(spark, facts, components),
                "component"), partitions);
        placement.joins().forEach(join -> components.connect(join._1(), join._2()));
        Broadcast<Set<String>> leftOut = context.broadcast(new HashSet<>(placement.leftOut()));
        JavaRDD<Row> placed = CorroborationFacts.rows(withComponents(spark, facts, components), "component")
                .filter(row -> !leftOut.value().contains(row.getString(CorroborationFacts.COMPONENT)));
        Broadcast<List<Row>> placeRows = context.broadcast(places);
        Broadcast<Map<String, Integer>> counts = context.broadcast(new HashMap<>(placeCounts));
        JavaRDD<Row> incidents = placed
                .groupBy(row -> row.getString(CorroborationFacts.COMPONENT), partitions)
                .mapPartitions(groups -> {
                    Map<String, Place> placesByKey = CorroborationFacts.places(placeRows.value());
                    List<Row> out = new ArrayList<>();
                    while (groups.hasNext()) {
                        Tuple2<String, Iterable<Row>> group = groups.next();
                        List<Row> members = new ArrayList<>();
                        group._2().forEach(members::add);
                        members.sort(Comparator.comparing(row -> row.getString(CorroborationFacts.ID)));
                        Map<String, Integer> itemIndex = new HashMap<>();
                        Map<String, Integer> clusterIndex = new HashMap<>();
                        List<ItemFacts> items = new ArrayList<>();
                        List<ReportFacts> reports = new ArrayList<>(members.size());
                        for (Row row : members) {
                            int item = itemIndex.computeIfAbsent(row.getString(CorroborationFacts.ITEM_ID), id -> {
                                int cluster = clusterIndex.computeIfAbsent(row.getString(CorroborationFacts.CLUSTER_ID),
                                        k -> clusterIndex.size());
                                items.add(CorroborationFacts.item(row, cluster));
                                return items.size() - 1;
                            });
                            reports.add(CorroborationFacts.report(row, item));
                        }
                        Incident incident = new IncidentMerger(items, reports, placesByKey, counts.value())
                                .asOneIncident();
                        out.add(IncidentTable.toRow(incident));
                    }
                    return out.iterator();
                });
        return spark.createDataFrame(incidents, IncidentTable.SCHEMA);
    }

    /** {@code facts} with the {@code component} of each report: its component's name, else its own id. */
    private static Dataset<Row> withComponents(SparkSession spark, Dataset<Row> facts,
                                               ConnectedComponents components) {
        List<Row> named = new ArrayList<>();
        components.components().forEach((report, component) -> named.add(RowFactory.create(report, component)));
        Dataset<Row> componentOf = spark.createDataFrame(named, new StructType()
                .add("report_id", "string", false).add("component", "string", false));
        return facts.join(componentOf, facts.col("id").equalTo(componentOf.col("report_id")), "left")
                .withColumn("component", coalesce(col("component"), col("id")));
    }
}
