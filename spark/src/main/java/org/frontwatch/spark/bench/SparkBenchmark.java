package org.frontwatch.spark.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.frontwatch.spark.FrontwatchSparkJob;
import org.frontwatch.spark.JobSummary;
import org.frontwatch.spark.SparkJobOptions;
import org.frontwatch.spark.SparkSessions;
import org.frontwatch.spark.corpus.MessageGenerator;

/**
 * Measures the Spark job on generated messages with 1, 2… local cores and the single-machine pipeline on the same
 * input in the same run, and prints throughput and the speed-up per added core as a Markdown table for
 * {@code BENCHMARKS.md}. The input is generated once to a JSON-lines file (reused when it exists); every Spark
 * run gets the same number of partitions (by default four per core of the largest run), so each does the same
 * work. Each row also gives the process's CPU seconds and the load average before and after the run: on a shared
 * machine, a run whose CPU seconds per wall second stay below its cores did not have its cores to itself.
 *
 * <p>Runs in one JVM share its JIT-compiled code and the executor's extractors ({@code ExtractorPool}), so a
 * later run starts warm; for a fair speed-up run each configuration in a JVM of its own ({@code --cores 1
 * --no-single}, {@code --cores 2 --no-single}, {@code --cores none}) with the same {@code --partitions}.
 *
 * <pre>java -Xmx8g [add-opens flags] -cp … org.frontwatch.spark.bench.SparkBenchmark \
 *     --messages 1000000 --cores 1,2 --work /tmp/frontwatch-bench [--partitions 8] [--no-single] [--spark-log INFO]</pre>
 *
 * <p>{@code --spark-log INFO} keeps Spark's log, which names every Spark job with its duration (for profiling).
 */
public final class SparkBenchmark {
    private SparkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long messages = 1_000_000;
        List<Integer> cores = List.of(1, 2);
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "frontwatch-spark-bench");
        boolean single = true;
        Optional<Integer> partitions = Optional.empty();
        String sparkLog = "WARN";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--messages" -> messages = Long.parseLong(args[++i]);
                case "--cores" -> cores = args[++i].equals("none") ? List.of()
                        : Arrays.stream(args[i].split(",")).map(Integer::parseInt).toList();
                case "--work" -> work = Path.of(args[++i]);
                case "--partitions" -> partitions = Optional.of(Integer.parseInt(args[++i]));
                case "--no-single" -> single = false;
                case "--spark-log" -> sparkLog = args[++i];
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        int tasks = partitions.orElse(4 * (cores.isEmpty() ? 1 : Collections.max(cores)));
        Files.createDirectories(work);
        Path input = work.resolve("messages-" + messages + ".jsonl");
        if (!Files.exists(input)) {
            MessageGenerator.write(input, messages, 20230308L);
        }
        System.out.printf(Locale.ROOT, "input: %s (%d messages, %d MB), %d partitions%n", input, messages,
                Files.size(input) >> 20, tasks);
        List<String> lines = new ArrayList<>();
        lines.add("| run | cores | seconds | messages/s | speed-up vs 1 core | CPU s (CPU s / s) | GC s "
                + "| load before → after | result |");
        lines.add("|---|---|---|---|---|---|---|---|---|");
        double oneCore = 0;
        String logLevel = sparkLog;
        for (int core : cores) {
            String output = work.resolve("batch-" + core).toUri().toString();
            Measured<JobSummary> run = Measured.of(() -> {
                SparkSession spark = SparkSessions.local(core);
                spark.sparkContext().setLogLevel(logLevel);
                try {
                    return FrontwatchSparkJob.run(spark, new SparkJobOptions(List.of(input.toUri().toString()),
                            output, Optional.empty(), Optional.of(tasks)));
                } finally {
                    spark.stop();
                }
            });
            if (core == 1) {
                oneCore = run.seconds();
            }
            String speedUp = oneCore > 0 ? String.format(Locale.ROOT, "%.2f×", oneCore / run.seconds()) : "–";
            lines.add(run.row("spark local[" + core + "]", core, messages, speedUp, run.result().toString()));
            System.out.println(lines.get(lines.size() - 1));
        }
        if (single) {
            Path data = work.resolve("single-" + System.nanoTime());
            Measured<Integer> run = Measured.of(() -> SingleMachinePipeline.run(List.of(input), data));
            lines.add(run.row("single machine (SQLite store + Lucene index + rebuild)", 1, messages, "–",
                    run.result() + " items"));
            System.out.println(lines.get(lines.size() - 1));
        }
        System.out.println();
        lines.forEach(System.out::println);
    }

    /** One timed run: wall and CPU seconds of this process, GC seconds, the 1-minute load average around it. */
    private record Measured<T>(T result, double seconds, double cpuSeconds, double gcSeconds, double loadBefore,
                               double loadAfter) {
        static <T> Measured<T> of(Callable<T> run) throws Exception {
            double loadBefore = load();
            long cpu = cpuNanos();
            long gc = gcMillis();
            long started = System.nanoTime();
            T result = run.call();
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Measured<>(result, seconds, (cpuNanos() - cpu) / 1e9, (gcMillis() - gc) / 1e3, loadBefore,
                    load());
        }

        String row(String name, int cores, long messages, String speedUp, String outcome) {
            return String.format(Locale.ROOT, "| %s | %d | %.1f | %.0f | %s | %.0f (%.2f) | %.1f | %.1f → %.1f | %s |",
                    name, cores, seconds, messages / seconds, speedUp, cpuSeconds, cpuSeconds / seconds, gcSeconds,
                    loadBefore, loadAfter, outcome);
        }

        private static long cpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        private static long gcMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(time -> time > 0).sum();
        }

        private static double load() {
            return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }
}
