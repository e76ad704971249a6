package org.frontwatch.spark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.frontwatch.spark.FrontwatchSparkJob;
import org.frontwatch.spark.JobSummary;
import org.frontwatch.spark.SparkJobOptions;
import org.frontwatch.spark.SparkSessions;
import org.frontwatch.spark.corpus.MessageGenerator;

/**
 * Measures the Spark job on generated messages with 1, 2… local cores and the single-machine pipeline on the same
 * input in the same run, and prints throughput and the speed-up per added core as a Markdown table for
 * {@code BENCHMARKS.md}.
 *
 * <pre>java -Xmx8g [add-opens flags] -cp … org.frontwatch.spark.bench.SparkBenchmark \
 *     --messages 1000000 --cores 1,2 --work /tmp/frontwatch-bench [--no-single]</pre>
 */
public final class SparkBenchmark {
    private SparkBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long messages = 1_000_000;
        List<Integer> cores = List.of(1, 2);
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "frontwatch-spark-bench");
        boolean single = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--messages" -> messages = Long.parseLong(args[++i]);
                case "--cores" -> cores = java.util.Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
                case "--work" -> work = Path.of(args[++i]);
                case "--no-single" -> single = false;
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        Files.createDirectories(work);
        Path input = work.resolve("messages-" + messages + ".jsonl");
        if (!Files.exists(input)) {
            MessageGenerator.write(input, messages, 20230308L);
        }
        System.out.printf(Locale.ROOT, "input: %s (%d messages, %d MB)%n", input, messages,
                Files.size(input) >> 20);
        List<String> lines = new ArrayList<>();
        lines.add("| run | cores | seconds | messages/s | speed-up vs 1 core | result |");
        lines.add("|---|---|---|---|---|---|");
        double oneCore = 0;
        for (int core : cores) {
            SparkSession spark = SparkSessions.local(core);
            spark.sparkContext().setLogLevel("WARN");
            long started = System.nanoTime();
            JobSummary summary;
            try {
                summary = FrontwatchSparkJob.run(spark, new SparkJobOptions(List.of(input.toUri().toString()),
                        work.resolve("batch-" + core).toUri().toString(), Optional.empty(), Optional.empty()));
            } finally {
                spark.stop();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            if (core == 1) {
                oneCore = seconds;
            }
            lines.add(String.format(Locale.ROOT, "| spark local[%d] | %d | %.1f | %.0f | %s | %s |", core, core,
                    seconds, messages / seconds, oneCore > 0 ? String.format(Locale.ROOT, "%.2f×", oneCore / seconds)
                            : "–", summary));
            System.out.println(lines.get(lines.size() - 1));
        }
        if (single) {
            Path data = work.resolve("single-" + System.nanoTime());
            long started = System.nanoTime();
            int items = SingleMachinePipeline.run(List.of(input), data);
            double seconds = (System.nanoTime() - started) / 1e9;
            lines.add(String.format(Locale.ROOT, "| single machine (SQLite store + Lucene index + rebuild) | 1 | %.1f"
                    + " | %.0f | – | %d items |", seconds, messages / seconds, items));
            System.out.println(lines.get(lines.size() - 1));
        }
        System.out.println();
        lines.forEach(System.out::println);
    }
}
