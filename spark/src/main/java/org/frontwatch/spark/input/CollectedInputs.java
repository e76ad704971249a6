package org.frontwatch.spark.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;

/**
 * The collect stage on Spark: every input file read into {@link org.frontwatch.spark.table.BatchRecord} rows.
 * JSON-lines files are split by Hadoop like any text file, in splits small enough that even one file of a few
 * megabytes gives {@code partitions} tasks (a big file is split by its blocks as usual); whole files are read one
 * per task, and since one Telegram export can hold a whole channel, their items — like those of a gzipped JSON-lines
 * file, which cannot be split — are spread over {@code partitions} afterwards so that extraction runs on every core.
 */
public final class CollectedInputs {
    private static final long SMALLEST_SPLIT = 1 << 20;

    private CollectedInputs() {
    }

    public static JavaRDD<Row> read(JavaSparkContext spark, InputFiles files, Instant batchTime, int partitions) {
        List<JavaRDD<Row>> parts = new ArrayList<>();
        if (!files.jsonLines().isEmpty()) {
            Configuration splitting = splitInto(spark.hadoopConfiguration(), files.jsonLines(), partitions);
            for (String file : files.jsonLines()) {
                JavaRDD<Row> lines = spark.newAPIHadoopFile(file, TextInputFormat.class, LongWritable.class,
                                Text.class, splitting)
                        .mapPartitions(new JsonLinesPartition(file, batchTime));
                parts.add(file.endsWith(".gz") ? spread(lines, partitions) : lines);
            }
        }
        if (!files.whole().isEmpty()) {
            String paths = String.join(",", files.whole().stream().map(CollectedInputs::escapeComma).toList());
            JavaRDD<Row> whole = spark.binaryFiles(paths, Math.min(files.whole().size(), partitions))
                    .mapPartitions(new FileCollectPartition(files.namedFiles(), batchTime));
            parts.add(spread(whole, partitions));
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

    /**
     * A copy of {@code hadoop} whose largest input split is the JSON-lines files' total size over
     * {@code partitions} (at least 1 MiB); Hadoop still never makes a split larger than a block.
     */
    static Configuration splitInto(Configuration hadoop, List<String> jsonLines, int partitions) {
        long total = 0;
        try {
            for (String file : jsonLines) {
                Path path = new Path(file);
                total += path.getFileSystem(hadoop).getFileStatus(path).getLen();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of the JSON-lines inputs " + jsonLines, e);
        }
        Configuration splitting = new Configuration(hadoop);
        long largest = Math.max(SMALLEST_SPLIT, (total + partitions - 1) / partitions);
        splitting.setLong(FileInputFormat.SPLIT_MAXSIZE, Math.min(largest,
                hadoop.getLong(FileInputFormat.SPLIT_MAXSIZE, Long.MAX_VALUE)));
        return splitting;
    }

    private static JavaRDD<Row> spread(JavaRDD<Row> rows, int partitions) {
        return rows.getNumPartitions() < partitions ? rows.repartition(partitions) : rows;
    }

    private static String escapeComma(String path) {
        return path.replace(",", "\\,");
    }
}
