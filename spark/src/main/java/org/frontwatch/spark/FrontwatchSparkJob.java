package org.frontwatch.spark;

import java.time.Instant;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.frontwatch.model.FrontwatchException;
import org.frontwatch.model.UsageException;
import org.frontwatch.spark.corroborate.SparkCorroboration;
import org.frontwatch.spark.extract.ExtractPartition;
import org.frontwatch.spark.input.CollectedInputs;
import org.frontwatch.spark.input.InputDigests;
import org.frontwatch.spark.input.InputFiles;
import org.frontwatch.spark.table.BatchRecord;
import org.frontwatch.spark.table.BatchTables;

/**
 * Frontwatch's pipeline as a Spark job: collect (the archive's collectors, JSON lines line by line) → extract (the
 * extract stage's {@code Extractor} in {@code mapPartitions}) → corroborate (the register's near-duplicate and
 * incident rules, partitioned by LSH band and anchor) → Parquet tables under {@code --output}. Load them into the
 * PostgreSQL register with {@link org.frontwatch.spark.load.RegisterBulkLoad}.
 *
 * <pre>spark-submit --class org.frontwatch.spark.FrontwatchSparkJob frontwatch-spark.jar \
 *     --input hdfs:///archive/telegram hdfs:///archive/items.jsonl --output hdfs:///frontwatch/batch-42</pre>
 */
public final class FrontwatchSparkJob {
    /**
     * Extraction tasks per core when {@code --partitions} is not given: items differ in length, so with several
     * tasks per core a core that finished early takes another task instead of idling.
     */
    static final int TASKS_PER_CORE = 4;
    private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

    private FrontwatchSparkJob() {
    }

    public static void main(String[] args) {
        SparkJobOptions options;
        try {
            options = SparkJobOptions.parse(args);
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSessions.create(options.master());
        try {
            JobSummary summary = run(spark, options);
            System.out.println("frontwatch spark: " + summary + " → " + options.output());
        } catch (FrontwatchException e) {
            System.err.println("frontwatch spark: " + e.getMessage());
            System.exit(1);
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in {@code spark} and writes every table under {@code options.output()}. */
    public static JobSummary run(SparkSession spark, SparkJobOptions options) {
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        InputFiles files = InputFiles.list(options.inputs(), context.hadoopConfiguration());
        if (files.isEmpty()) {
            throw new UsageException("no input files under " + options.inputs());
        }
        int partitions = options.partitions().orElse(TASKS_PER_CORE * context.defaultParallelism());
        if (!spark.conf().contains(SHUFFLE_PARTITIONS)) {
            spark.conf().set(SHUFFLE_PARTITIONS, partitions);
        }
        JavaRDD<Row> collected = CollectedInputs.read(context, files, Instant.now(), partitions);
        JavaRDD<Row> extracted = collected.mapPartitions(new ExtractPartition());
        Dataset<Row> records = spark.createDataFrame(extracted, BatchRecord.SCHEMA)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            String output = options.output();
            BatchTables.writeExtraction(records, output);
            BatchTables.write(InputDigests.of(spark, context, files), output, InputDigests.NAME);
            SparkCorroboration.Result corroboration = SparkCorroboration.run(spark, output);
            return summary(spark, output, corroboration);
        } finally {
            records.unpersist();
        }
    }

    private static JobSummary summary(SparkSession spark, String output, SparkCorroboration.Result corroboration) {
        return new JobSummary(count(spark, output, "items"), count(spark, output, "mentions"),
                count(spark, output, "claims"), count(spark, output, "reports"), count(spark, output, "problems"),
                corroboration.clusters(), corroboration.incidents());
    }

    private static long count(SparkSession spark, String output, String table) {
        return BatchTables.read(spark, output, table).count();
    }
}
