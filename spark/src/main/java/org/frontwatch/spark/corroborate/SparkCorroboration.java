package org.frontwatch.spark.corroborate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.frontwatch.spark.table.BatchTables;
import org.frontwatch.spark.table.ClaimTable;
import org.frontwatch.spark.table.ItemTable;
import org.frontwatch.spark.table.MentionTable;
import org.frontwatch.spark.table.ReportTable;

/**
 * The corroborate stage on Spark over a batch's Parquet tables: near-duplicate clusters, incidents and claim
 * groups, each by the register's own rules (see {@link NearDuplicateClusters}, {@link IncidentBuilding},
 * {@link ClaimGrouping}), written beside the extraction as {@code near_duplicates/}, {@code incidents/} and
 * {@code claim_groups/}. Items whose extraction failed are left out, as the register stores no extraction for them.
 */
public final class SparkCorroboration {
    public static final String NEAR_DUPLICATES = "near_duplicates";

    /** What the stage produced: distinct clusters, incidents and claim groups. */
    public record Result(long clusters, long incidents, long claimGroups) {
    }

    private SparkCorroboration() {
    }

    public static Result run(SparkSession spark, String output) {
        int partitions = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
        Dataset<Row> items = BatchTables.read(spark, output, ItemTable.NAME)
                .filter(col("extraction_error").isNull())
                .select(col("id"), col("source"), col("title"), col("text"), forwardedFrom().as("forwarded_from"),
                        to_date(col("published")).as("published_day"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> clusters = NearDuplicateClusters.clusters(spark, items, partitions);
            BatchTables.write(clusters, output, NEAR_DUPLICATES);
            clusters = BatchTables.read(spark, output, NEAR_DUPLICATES);
            long clusterCount = clusters.select("cluster_id").distinct().count();

            Dataset<Row> itemFacts = items.select(col("id").as("item_id"), col("source"), col("forwarded_from"),
                    col("published_day")).join(clusters, "item_id");
            Dataset<Row> reportFacts = BatchTables.read(spark, output, ReportTable.NAME).join(itemFacts, "item_id");
            Dataset<Row> incidents = IncidentBuilding.incidents(spark, reportFacts, places(spark, output),
                    placeCounts(spark, output), partitions);
            BatchTables.write(incidents, output, IncidentTable.NAME);

            Dataset<Row> claims = BatchTables.read(spark, output, ClaimTable.NAME)
                    .join(items.select(col("id").as("item_id"), col("published_day")), "item_id");
            BatchTables.write(ClaimGrouping.groups(spark, claims, partitions), output, ClaimGroupTable.NAME);
            return new Result(clusterCount, BatchTables.read(spark, output, IncidentTable.NAME).count(),
                    BatchTables.read(spark, output, ClaimGroupTable.NAME).count());
        } finally {
            items.unpersist();
        }
    }

    /** The {@code forwarded_from} metadata value, or null when absent or blank (as the register reads it). */
    private static Column forwardedFrom() {
        Column value = col("metadata").getItem("forwarded_from");
        return when(value.isNotNull().and(trim(value).notEqual("")), value);
    }

    private static Dataset<Row> placeMentions(SparkSession spark, String output) {
        return BatchTables.read(spark, output, MentionTable.NAME).filter(col("place_key").isNotNull());
    }

    private static List<Row> places(SparkSession spark, String output) {
        return placeMentions(spark, output).groupBy("place_key")
                .agg(first("place_name").as("place_name"), first("place_country").as("place_country"),
                        first("place_region").as("place_region"), first("lat").as("lat"), first("lon").as("lon"))
                .collectAsList();
    }

    private static Map<String, Integer> placeCounts(SparkSession spark, String output) {
        Map<String, Integer> counts = new HashMap<>();
        for (Row row : placeMentions(spark, output).groupBy("place_key").agg(count(lit(1)).as("n")).collectAsList()) {
            counts.put(row.getString(0), (int) row.getLong(1));
        }
        return counts;
    }
}
