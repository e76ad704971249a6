package org.frontwatch.bench.register;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.frontwatch.bench.corpus.GeneratedCorpus;
import org.frontwatch.model.EventType;
import org.frontwatch.register.Register;
import org.frontwatch.register.RegisterSettings;
import org.frontwatch.register.corroborate.CorroborationSummary;
import org.frontwatch.register.corroborate.NearDuplicateDetector;
import org.frontwatch.register.index.SearchQuery;
import org.frontwatch.register.query.TallyDimension;
import org.frontwatch.register.query.TallyQuery;
import org.frontwatch.register.store.ExtractedItem;
import org.frontwatch.register.store.RegisterCounts;

/**
 * Measures the register on a generated corpus ({@link GeneratedCorpus}): load time into store + index, corroboration
 * (rebuild) time, tally and search latency (p50/p95), near-duplicate clustering time at growing sizes, peak heap.
 * Every timing is printed with the process CPU time beside the wall time, and the system load average is printed at
 * start and end: on a shared machine wall time alone misleads.
 *
 * <pre>
 * java -Xmx4g -cp … org.frontwatch.bench.register.RegisterBenchmark SIZE [--clustering 100000,300000,1000000]
 *      [--keep DIR] [--jdbc jdbc:postgresql://…]
 * java -Xmx4g -cp … org.frontwatch.bench.register.RegisterBenchmark --queries-only DIR [--jdbc …]
 * </pre>
 * Without {@code --keep} the data lives in a temporary directory deleted at the end; {@code --keep DIR} loads into
 * {@code DIR} (which must not hold a register yet) and keeps it, so that {@code --queries-only DIR} can later re-open
 * it and measure only tally and search latency — on a quieter machine, or after query code changed. The older
 * spellings {@code --data DIR} (for {@code --keep DIR}) and {@code --data DIR --reuse} (for {@code --queries-only DIR})
 * still work.
 */
public final class RegisterBenchmark {
    private static final int BATCH = 1000;

    private RegisterBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int size = 100_000;
        List<Integer> clusteringSizes = null;
        Path keep = null;
        Path queriesOnly = null;
        boolean reuse = false;
        Optional<String> jdbc = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clustering" -> {
                    clusteringSizes = new ArrayList<>();
                    for (String each : args[++i].split(",")) {
                        clusteringSizes.add(Integer.parseInt(each.replace("_", "")));
                    }
                }
                case "--keep", "--data" -> keep = Path.of(args[++i]);
                case "--queries-only" -> queriesOnly = Path.of(args[++i]);
                case "--reuse" -> reuse = true;
                case "--jdbc" -> jdbc = Optional.of(args[++i]);
                default -> {
                    if (args[i].startsWith("--") || i > 0) {
                        throw new IllegalArgumentException("unknown argument: " + args[i]);
                    }
                    size = Integer.parseInt(args[i].replace("_", ""));
                }
            }
        }
        if (clusteringSizes == null) {
            clusteringSizes = List.of(size);
        }
        if (reuse) {
            if (keep == null) {
                throw new IllegalArgumentException("--reuse needs --data DIR");
            }
            queriesOnly = keep;
        }
        if (queriesOnly != null) {
            measureQueries(queriesOnly, jdbc);
            return;
        }
        if (keep != null && Files.isDirectory(keep)) {
            try (Stream<Path> entries = Files.list(keep)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("--keep " + keep + " is not empty: give a new directory");
                }
            }
        }
        Path directory = keep != null ? keep : Files.createTempDirectory("frontwatch-bench");
        GeneratedCorpus corpus = new GeneratedCorpus(GeneratedCorpus.BENCHMARK_SEED);
        printSetting(String.format("%,d items", size), directory, jdbc);
        try (Register register = Register.open(new RegisterSettings(directory, jdbc))) {
            load(register, corpus, size);
            System.out.printf("peak heap after load: %d MB%n", peakHeapMegabytes());
            long started = System.nanoTime();
            double cpuStarted = cpuSeconds();
            CorroborationSummary summary = register.rebuild();
            System.out.printf("rebuild (clusters, incidents, claim groups): %.1f s (process CPU %.1f s) — %,d "
                    + "clusters, %,d reports, %,d incidents, %,d claim groups%n", seconds(started),
                    cpuSeconds() - cpuStarted, summary.nearDuplicateClusters(), summary.reports(),
                    summary.incidents(), summary.claimGroups());
            System.out.printf("peak heap after rebuild: %d MB%n", peakHeapMegabytes());
            tally(register);
            search(register);
        }
        for (int clusteringSize : clusteringSizes) {
            cluster(corpus, clusteringSize);
        }
        System.out.printf("peak heap: %d MB%n", peakHeapMegabytes());
        printLoad("end");
        if (keep == null) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } else {
            System.out.printf("kept %s: measure its queries again with --queries-only %s%n", directory, directory);
        }
    }

    /** Re-opens a register an earlier {@code --keep} run loaded and measures tally and search latency only. */
    private static void measureQueries(Path directory, Optional<String> jdbc) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("--queries-only " + directory + ": no such directory");
        }
        printSetting("queries only", directory, jdbc);
        try (Register register = Register.open(new RegisterSettings(directory, jdbc))) {
            RegisterCounts counts = register.store().counts();
            System.out.printf("register holds %,d items, %,d incidents%n", counts.items(), counts.incidents());
            tally(register);
            search(register);
        }
        System.out.printf("peak heap: %d MB%n", peakHeapMegabytes());
        printLoad("end");
    }

    private static void printSetting(String what, Path directory, Optional<String> jdbc) {
        System.out.printf("register benchmark: %s, data %s, %s, %d cores, max heap %d MB%n", what, directory,
                jdbc.isPresent() ? "PostgreSQL" : "SQLite", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        printLoad("start");
    }

    private static void printLoad(String when) {
        System.out.printf("system load average (1 min) at %s: %.2f%n", when,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void load(Register register, GeneratedCorpus corpus, int size) {
        long started = System.nanoTime();
        double cpuStarted = cpuSeconds();
        long generating = 0;
        long characters = 0;
        List<ExtractedItem> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < size; i++) {
            long generated = System.nanoTime();
            ExtractedItem item = corpus.item(i);
            generating += System.nanoTime() - generated;
            characters += item.item().text().length();
            batch.add(item);
            if (batch.size() == BATCH || i == size - 1) {
                register.putAll(batch);
                batch.clear();
            }
            if ((i + 1) % 100_000 == 0) {
                System.out.printf("  loaded %,d items in %.1f s (process CPU %.1f s)%n", i + 1, seconds(started),
                        cpuSeconds() - cpuStarted);
            }
        }
        register.commit();
        double took = seconds(started);
        double cpu = cpuSeconds() - cpuStarted;
        System.out.printf("load into store + index: %,d items (%,d chars, mean %d chars) in %.1f s = %,.0f items/s "
                + "(process CPU %.1f s = %,.0f items per CPU-second; generating the corpus %.1f s of the wall time)%n",
                size, characters, characters / Math.max(1, size), took, size / took, cpu, size / cpu,
                generating / 1e9);
    }

    private static void tally(Register register) {
        SplittableRandom random = new SplittableRandom(1);
        TallyDimension[] dimensions = TallyDimension.values();
        EventType[] types = EventType.values();
        LatencySample sample = new LatencySample();
        java.util.Map<TallyDimension, LatencySample> byDimension = new java.util.EnumMap<>(TallyDimension.class);
        for (int i = 0; i < 70; i++) {
            TallyDimension by = dimensions[i % dimensions.length];
            Optional<EventType> type = Optional.of(types[random.nextInt(types.length)]);
            LocalDate since = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(600));
            TallyQuery query = new TallyQuery(by, type, Optional.of(since), Optional.of(since.plusDays(120)));
            long started = System.nanoTime();
            register.queries().tally(query);
            if (i >= 10) {
                long took = System.nanoTime() - started;
                sample.add(took);
                byDimension.computeIfAbsent(by, d -> new LatencySample()).add(took);
            }
        }
        byDimension.forEach((dimension, each) -> System.out.printf("  tally by %s: p50 %.1f ms, max %.1f ms%n",
                dimension, each.percentile(50), each.percentile(100)));
        System.out.printf("tally (each dimension in turn, random type, 120-day window): p50 %.1f ms, p95 %.1f ms (%d runs)%n",
                sample.percentile(50), sample.percentile(95), sample.count());
    }

    private static void search(Register register) {
        List<String> terms = GeneratedCorpus.searchTerms();
        LatencySample sample = new LatencySample();
        for (int i = 0; i < 20 * terms.size(); i++) {
            long started = System.nanoTime();
            register.search(SearchQuery.of(terms.get(i % terms.size()), 20));
            if (i >= terms.size()) {
                sample.add(System.nanoTime() - started);
            }
        }
        System.out.printf("search (20 hits, highlights, facets): p50 %.1f ms, p95 %.1f ms (%d runs)%n",
                sample.percentile(50), sample.percentile(95), sample.count());
    }

    private static void cluster(GeneratedCorpus corpus, int size) {
        NearDuplicateDetector detector = new NearDuplicateDetector();
        long threadCpu = 0;
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long signing = 0;
        for (int i = 0; i < size; i++) {
            ExtractedItem item = corpus.item(i);
            Optional<String> forwardedFrom = Optional.ofNullable(item.item().metadata().get("forwarded_from"));
            long started = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            detector.add(item.item().text(), item.item().source(), forwardedFrom);
            signing += System.nanoTime() - started;
            threadCpu += threads.getCurrentThreadCpuTime() - cpu;
        }
        long started = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        int[] clusters = detector.clusters();
        long banding = System.nanoTime() - started;
        threadCpu += threads.getCurrentThreadCpuTime() - cpu;
        long joined = 0;
        for (int i = 0; i < clusters.length; i++) {
            if (clusters[i] != i) {
                joined++;
            }
        }
        System.out.printf("near-duplicate clustering of %,d items: %.1f s (MinHash %.1f s + LSH %.1f s; thread CPU "
                + "%.1f s), %,d items joined an earlier one (%.1f%%)%n", size, (signing + banding) / 1e9,
                signing / 1e9, banding / 1e9, threadCpu / 1e9, joined, 100.0 * joined / size);
    }

    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** CPU time of the whole process so far, in seconds: on a shared machine, wall time alone misleads. */
    private static double cpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }
}
