package org.frontwatch.spark.table;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The job's output directory: one Parquet table per folder ({@code items/}, {@code mentions/}, {@code claims/},
 * {@code reports/}, {@code problems/}, and the corroboration's {@code near_duplicates/}, {@code incidents/}…),
 * each replaced as a whole when the job runs again.
 */
public final class BatchTables {
    private BatchTables() {
    }

    /**
     * Writes the flat tables selected from extracted {@link BatchRecord} rows under {@code output}. An item read
     * twice (the same message in a channel export and a full export, a line repeated) has one id and is written
     * once, as the register's store keeps it once.
     */
    public static void writeExtraction(Dataset<Row> records, String output) {
        Dataset<Row> items = records.filter(col("item").isNotNull())
                .withColumn("item_key", col("item.id"))
                .dropDuplicates("item_key")
                .drop("item_key")
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            write(items.select("item.*"), output, ItemTable.NAME);
            write(items.select(explode(col("mentions")).as("m")).select("m.*"), output, MentionTable.NAME);
            write(items.select(explode(col("claims")).as("c")).select("c.*"), output, ClaimTable.NAME);
            write(items.select(explode(col("reports")).as("r")).select("r.*"), output, ReportTable.NAME);
        } finally {
            items.unpersist();
        }
        write(records.filter(col("problem").isNotNull()).select("problem.*"), output, ProblemTable.NAME);
    }

    public static void write(Dataset<Row> table, String output, String name) {
        table.write().mode(SaveMode.Overwrite).parquet(path(output, name));
    }

    public static Dataset<Row> read(SparkSession spark, String output, String name) {
        return spark.read().parquet(path(output, name));
    }

    public static String path(String output, String name) {
        return output.endsWith("/") ? output + name : output + "/" + name;
    }
}
