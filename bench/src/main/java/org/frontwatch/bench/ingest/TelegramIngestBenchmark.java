package org.frontwatch.bench.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.CollectSink;
import org.frontwatch.archive.collect.InputCollector;
import org.frontwatch.archive.preserve.warc.EvidenceArchive;
import org.frontwatch.model.BadInputException;
import org.frontwatch.model.Collected;

/**
 * Ingest benchmark: writes a Telegram export of {@code --messages} messages (default 100 000), streams it through
 * {@link InputCollector} and, with {@code --preserve}, into an {@link EvidenceArchive}; prints messages/s, MB/s and
 * the peak heap. Run it with a small {@code -Xmx} to show that the collector streams:
 * <pre>
 * java -Xmx64m -cp … org.frontwatch.bench.ingest.TelegramIngestBenchmark [--messages N] [--preserve]
 *     [--posts /work/shared/data/tg-ru-news-posts-2024] [--work target/bench-ingest]
 * </pre>
 */
public final class TelegramIngestBenchmark {
    private TelegramIngestBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int messages = 100_000;
        boolean preserve = false;
        Path posts = Path.of("/work/shared/data/tg-ru-news-posts-2024");
        Path work = Path.of("target/bench-ingest");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--messages" -> messages = Integer.parseInt(args[++i]);
                case "--preserve" -> preserve = true;
                case "--posts" -> posts = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        Path export = work.resolve("export/result.json");
        TelegramExportWriter writer = TelegramExportWriter.from(posts);
        writer.write(export, messages);
        long bytes = Files.size(export);
        System.out.printf(Locale.ROOT, "export: %s, %d messages, %.1f MB, texts: %s%n", export, messages,
                bytes / 1e6, writer.origin());
        System.out.printf(Locale.ROOT, "max heap (-Xmx): %.0f MB%n", Runtime.getRuntime().maxMemory() / 1e6);

        run("collect", export, bytes, Optional.empty());
        if (preserve) {
            Path warcs = work.resolve("warc");
            deleteRecursively(warcs);
            try (EvidenceArchive archive = EvidenceArchive.open(warcs)) {
                run("collect+preserve", export, bytes, Optional.of(archive));
            }
        }
    }

    private static void run(String label, Path export, long bytes, Optional<EvidenceArchive> archive) {
        System.gc();
        resetPeaks();
        InputCollector inputs = InputCollector.withDefaultFormats(CollectLimits.defaults());
        long[] counts = new long[2];
        long started = System.nanoTime();
        inputs.collect(export, new CollectSink() {
            @Override
            public void accept(Collected collected) {
                counts[0]++;
                archive.ifPresent(a -> a.preserve(collected));
            }

            @Override
            public void reject(BadInputException problem) {
                counts[1]++;
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d items, %d rejected in %.2f s: %.0f messages/s, %.1f MB/s, "
                        + "peak heap %.1f MB%n", label, counts[0], counts[1], seconds, counts[0] / seconds,
                bytes / 1e6 / seconds, peakHeap() / 1e6);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
