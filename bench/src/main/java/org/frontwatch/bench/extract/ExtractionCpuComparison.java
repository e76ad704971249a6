package org.frontwatch.bench.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.frontwatch.model.Language;

/**
 * Single-thread CPU time of extraction for two or more builds of the extractor, loaded side by side in one JVM (a
 * class loader each) and run in alternate rounds over the same texts ({@link ExtractionThroughput}'s, same seed):
 * whatever else the machine runs falls on every build alike, which wall-clock throughput on shared cores cannot
 * promise. The first two rounds warm up; the median and best of the others are printed, with each build's median as
 * a ratio to the first build's. Usage: {@code java -cp … org.frontwatch.bench.extract.ExtractionCpuComparison ROUNDS
 * DOCUMENTS_PER_LANGUAGE CLASS_PATH_OF_BUILD…} (each build's {@code extract} and {@code model} classes and their
 * dependencies, separated by {@code :}).
 */
public final class ExtractionCpuComparison {
    private static final int WARM_UP_ROUNDS = 2;
    private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2023, 3, 8));

    private ExtractionCpuComparison() {
    }

    /** One build's extractor, called through its own class loader. */
    private record Build(String classPath, Object extractor, Method extract) {
        static Build load(String classPath) throws ReflectiveOperationException, MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (String entry : classPath.split(":")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> extractorClass = loader.loadClass("org.frontwatch.extract.Extractor");
            return new Build(classPath, extractorClass.getMethod("create").invoke(null),
                    extractorClass.getMethod("extract", String.class, Optional.class, Optional.class));
        }

        /** CPU seconds this thread spends extracting {@code texts}. */
        double secondsOver(List<String> texts, ThreadMXBean threads) throws ReflectiveOperationException {
            long start = threads.getCurrentThreadCpuTime();
            for (String text : texts) {
                extract.invoke(extractor, text, PUBLISHED, Optional.empty());
            }
            return (threads.getCurrentThreadCpuTime() - start) / 1e9;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: ROUNDS DOCUMENTS_PER_LANGUAGE CLASS_PATH_OF_BUILD…, got "
                    + Arrays.toString(args));
        }
        int rounds = Integer.parseInt(args[0]);
        int documents = Integer.parseInt(args[1]);
        if (rounds <= WARM_UP_ROUNDS) {
            throw new IllegalArgumentException("rounds must exceed the " + WARM_UP_ROUNDS + " warm-up rounds: "
                    + rounds);
        }
        List<String> texts = new ArrayList<>();
        for (Language language : List.of(Language.EN, Language.RU, Language.UK)) {
            texts.addAll(ExtractionThroughput.texts(language, documents));
        }
        List<Build> builds = new ArrayList<>();
        for (String classPath : Arrays.asList(args).subList(2, args.length)) {
            builds.add(Build.load(classPath));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] seconds = new double[builds.size()][rounds - WARM_UP_ROUNDS];
        for (int round = 0; round < rounds; round++) {
            for (int b = 0; b < builds.size(); b++) {
                double spent = builds.get(b).secondsOver(texts, threads);
                if (round >= WARM_UP_ROUNDS) {
                    seconds[b][round - WARM_UP_ROUNDS] = spent;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d texts (%d per language), %d measured rounds after %d warm-up,"
                        + " load average at the end %.2f%n", texts.size(), documents, rounds - WARM_UP_ROUNDS,
                WARM_UP_ROUNDS, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        double firstMedian = median(seconds[0]);
        for (int b = 0; b < builds.size(); b++) {
            double median = median(seconds[b]);
            System.out.printf(Locale.ROOT, "build %d (%s): median %.2f s, best %.2f s CPU, %.0f documents per CPU"
                            + " second, median / build 0 %.3f%n", b, builds.get(b).classPath().split(":")[0], median,
                    Arrays.stream(seconds[b]).min().orElseThrow(), texts.size() / median, median / firstMedian);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
