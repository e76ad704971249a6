package org.frontwatch.spark.input;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.CollectSink;
import org.frontwatch.archive.collect.InputCollector;
import org.frontwatch.model.BadInputException;
import org.frontwatch.model.Collected;
import org.frontwatch.spark.FrontwatchSparkJob;
import org.frontwatch.spark.JobSummary;
import org.frontwatch.spark.LocalSpark;
import org.frontwatch.spark.SparkJobOptions;
import org.frontwatch.spark.table.BatchTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WARC files as the job's input: read by the archive's own WARC collector, from the local disk or any Hadoop file system. */
class WarcInputTest {
    @TempDir
    Path temp;

    @Test
    void readsTheRecordsOfAWarcAsTheArchivesCollectorDoes() throws Exception {
        Path warc = TestWarc.write(temp.resolve("pages.warc.gz"));

        JobSummary summary = run(warc.toUri().toString());

        assertThat(summary.items()).isEqualTo(TestWarc.ITEMS);
        assertThat(summary.problems()).isZero();
        assertThat(items("file:")).isEqualTo(collectedDirectly(warc));
        assertThat(inputFiles()).containsExactly("file:" + warc);
        assertThat(spark().read().parquet(output("mentions")).count()).as("the items were extracted").isPositive();
    }

    @Test
    void readsAWarcFromAnotherHadoopFileSystemThroughTheTasksDisk() throws Exception {
        Path warc = TestWarc.write(temp.resolve("remote.warc.gz"));
        spark().sparkContext().hadoopConfiguration().set("fs." + ElsewhereFileSystem.SCHEME + ".impl",
                ElsewhereFileSystem.class.getName());

        JobSummary summary = run(ElsewhereFileSystem.SCHEME + "://" + warc);

        assertThat(summary.items()).isEqualTo(TestWarc.ITEMS);
        assertThat(items(ElsewhereFileSystem.SCHEME + ":")).isEqualTo(collectedDirectly(warc));
        assertThat(inputFiles()).containsExactly(ElsewhereFileSystem.SCHEME + ":" + warc);
    }

    private JobSummary run(String input) {
        return FrontwatchSparkJob.run(spark(), new SparkJobOptions(List.of(input), output(""), Optional.empty(),
                Optional.of(2)));
    }

    /** Item id, URI and title of every item, and whether its input file has the expected scheme. */
    private Set<String> items(String scheme) {
        Set<String> items = new HashSet<>();
        for (Row row : spark().read().parquet(output("items")).collectAsList()) {
            assertThat(row.<String>getAs("input_file")).startsWith(scheme);
            items.add(row.getAs("id") + " " + row.getAs("uri") + " " + row.getAs("title"));
        }
        return items;
    }

    private List<String> inputFiles() {
        Dataset<Row> inputs = spark().read().parquet(output(InputDigests.NAME));
        List<String> files = new ArrayList<>();
        inputs.select(col("file")).collectAsList().forEach(row -> files.add(row.getString(0)));
        return files;
    }

    private static Set<String> collectedDirectly(Path warc) throws Exception {
        Set<String> items = new HashSet<>();
        InputCollector collector = InputCollector.withDefaultFormats(CollectLimits.defaults(),
                Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));
        collector.collect(warc, new CollectSink() {
            @Override
            public void accept(Collected collected) {
                items.add(collected.item().id() + " " + collected.item().uri() + " " + collected.item().title());
            }

            @Override
            public void reject(BadInputException problem) {
                throw new AssertionError("the collector rejected the test WARC: " + problem.getMessage());
            }
        });
        assertThat(items).hasSize(TestWarc.ITEMS);
        assertThat(Files.size(warc)).isPositive();
        return items;
    }

    private String output(String table) {
        return BatchTables.path(temp.resolve("batch").toUri().toString(), table);
    }

    private static SparkSession spark() {
        return LocalSpark.session();
    }
}
