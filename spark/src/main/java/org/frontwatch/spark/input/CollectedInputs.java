package org.frontwatch.spark.input;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;

/**
 * The collect stage on Spark: every input file read into {@link org.frontwatch.spark.table.BatchRecord} rows.
 * JSON-lines files are split by Hadoop like any text file; whole files are read one per task, and since one
 * Telegram export can hold a whole channel, their items are spread over {@code partitions} afterwards so that
 * extraction runs on every core.
 */
public final class CollectedInputs {
    private CollectedInputs() {
    }

    public static JavaRDD<Row> read(JavaSparkContext spark, InputFiles files, Instant batchTime, int partitions) {
        List<JavaRDD<Row>> parts = new ArrayList<>();
        for (String file : files.jsonLines()) {
            parts.add(spark.newAPIHadoopFile(file, TextInputFormat.class, LongWritable.class, Text.class,
                            spark.hadoopConfiguration())
                    .mapPartitions(new JsonLinesPartition(file, batchTime)));
        }
        if (!files.whole().isEmpty()) {
            String paths = String.join(",", files.whole().stream().map(CollectedInputs::escapeComma).toList());
            JavaRDD<Row> whole = spark.binaryFiles(paths, Math.min(files.whole().size(), partitions))
                    .mapPartitions(new FileCollectPartition(files.namedFiles(), batchTime));
            parts.add(whole.getNumPartitions() < partitions ? whole.repartition(partitions) : whole);
        }
        if (parts.isEmpty()) {
            return spark.emptyRDD();
        }
        JavaRDD<Row> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.union(parts.get(i));
        }
        return all;
    }

    private static String escapeComma(String path) {
        return path.replace(",", "\\,");
    }
}
