package org.frontwatch.bench.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.frontwatch.extract.Extractor;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.Language;

/**
 * Extraction throughput on news-length texts (about 3,000 characters, built from the fixture sentences of each
 * language with a fixed seed), on a fixed number of threads, and its ratio to a Lucene {@link StandardTokenizer}
 * pass over the same texts in the same run (timed over repeated passes filling at least a second); with the peak
 * heap. Usage:
 * {@code java -cp … org.frontwatch.bench.extract.ExtractionThroughput [documents per language] [threads]}
 * (defaults 400 and 2).
 */
public final class ExtractionThroughput {
    private static final int TEXT_LENGTH = 3_000;
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 8);

    private ExtractionThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        long startup = System.nanoTime();
        Extractor extractor = Extractor.create();
        extractor.extract("Warm-up.", Optional.of(PUBLISHED), Optional.empty());
        System.out.printf(Locale.ROOT, "start-up (resources loaded): %.1f s%n", (System.nanoTime() - startup) / 1e9);
        System.out.printf(Locale.ROOT, "threads: %d, documents per language: %d, ~%d chars each%n", threads,
                documents, TEXT_LENGTH);
        System.out.printf(Locale.ROOT, "%-5s %10s %10s %14s %10s %8s %10s%n", "lang", "docs/s", "MB/s",
                "tokenizer MB/s", "ratio", "mentions", "events");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Language language : List.of(Language.EN, Language.RU, Language.UK)) {
                List<String> texts = texts(language, documents);
                run(pool, texts, text -> extract(extractor, text));
                run(pool, texts, ExtractionThroughput::tokenCount);
                long[] found = new long[2];
                double extractSeconds = run(pool, texts, text -> {
                    Extraction extraction = extractor.extract(text, Optional.of(PUBLISHED), Optional.empty());
                    synchronized (found) {
                        found[0] += extraction.mentions().size();
                        found[1] += extraction.events().size();
                    }
                    return 1;
                });
                double tokenizerSeconds = secondsPerPass(pool, texts, ExtractionThroughput::tokenCount);
                double megabytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum()
                        / 1e6;
                System.out.printf(Locale.ROOT, "%-5s %10.1f %10.2f %14.2f %9.1fx %8d %10d%n", language.code(),
                        texts.size() / extractSeconds, megabytes / extractSeconds, megabytes / tokenizerSeconds,
                        extractSeconds / tokenizerSeconds, found[0], found[1]);
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf(Locale.ROOT, "peak heap: %.0f MB (max %d MB)%n", peakHeap() / 1e6,
                Runtime.getRuntime().maxMemory() / 1_000_000);
    }

    private static long extract(Extractor extractor, String text) {
        return extractor.extract(text, Optional.of(PUBLISHED), Optional.empty()).mentions().size();
    }

    /** Seconds to apply {@code work} to every text on the pool. */
    private static double run(ExecutorService pool, List<String> texts, ToLongFunction<String> work)
            throws Exception {
        long start = System.nanoTime();
        List<Future<Long>> futures = new ArrayList<>();
        for (String text : texts) {
            futures.add(pool.submit(() -> work.applyAsLong(text)));
        }
        for (Future<Long> future : futures) {
            future.get();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Seconds per pass of {@code work} over every text, from as many passes as fill at least a second: one pass of
     * the tokenizer over a few hundred texts takes milliseconds, too short to time alone on a shared machine.
     */
    private static double secondsPerPass(ExecutorService pool, List<String> texts, ToLongFunction<String> work)
            throws Exception {
        double total = 0;
        int passes = 0;
        while (total < 1.0) {
            total += run(pool, texts, work);
            passes++;
        }
        return total / passes;
    }

    private static long tokenCount(String text) {
        try (StandardTokenizer tokenizer = new StandardTokenizer()) {
            tokenizer.setReader(new StringReader(text));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.reset();
            long count = 0;
            while (tokenizer.incrementToken()) {
                count += term.length() > 0 ? 1 : 0;
            }
            tokenizer.end();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** News-length texts: fixture sentences drawn with a fixed seed, in paragraphs of three. */
    static List<String> texts(Language language, int count) {
        List<String> sentences = sentences(language);
        Random random = new Random(42 + language.ordinal());
        List<String> texts = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            StringBuilder text = new StringBuilder();
            int inParagraph = 0;
            while (text.length() < TEXT_LENGTH) {
                text.append(sentences.get(random.nextInt(sentences.size())));
                text.append(++inParagraph % 3 == 0 ? "\n\n" : " ");
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static List<String> sentences(Language language) {
        String resource = "/org/frontwatch/bench/extract/sentences-" + language.code() + ".txt";
        List<String> sentences = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ExtractionThroughput.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    sentences.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return sentences;
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
