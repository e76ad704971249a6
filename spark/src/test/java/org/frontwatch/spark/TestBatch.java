package org.frontwatch.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.frontwatch.spark.corpus.MessageGenerator;
import org.frontwatch.spark.input.TestWarc;

/**
 * The one batch the Spark tests share, run once per test JVM on {@code local[2]}: the example corpus (Telegram
 * exports, news pages, feeds), a WARC of news pages and 600 generated messages with forwards.
 *
 * @param inputs  the input files and folders
 * @param output  the batch's output directory as a URI
 * @param summary what the job reported
 */
public record TestBatch(List<Path> inputs, String output, JobSummary summary) {
    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    private static TestBatch shared;

    public static synchronized TestBatch shared() {
        if (shared == null) {
            try {
                Path temp = Files.createTempDirectory("frontwatch-spark-test");
                Path generated = temp.resolve("generated.jsonl");
                MessageGenerator.write(generated, 600, 20230308L);
                Path warc = TestWarc.write(temp.resolve("pages.warc.gz"));
                List<Path> inputs = List.of(EXAMPLES.resolve("telegram"), EXAMPLES.resolve("news"),
                        EXAMPLES.resolve("feeds"), warc, generated);
                String output = temp.resolve("batch").toUri().toString();
                JobSummary summary = FrontwatchSparkJob.run(LocalSpark.session(), new SparkJobOptions(
                        inputs.stream().map(path -> path.toUri().toString()).toList(), output, Optional.empty(),
                        Optional.of(3)));
                shared = new TestBatch(inputs, output, summary);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }
}
