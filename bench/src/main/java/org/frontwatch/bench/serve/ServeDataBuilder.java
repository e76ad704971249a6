package org.frontwatch.bench.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontwatch.bench.corpus.GeneratedCorpus;
import org.frontwatch.register.Register;
import org.frontwatch.register.RegisterSettings;
import org.frontwatch.register.corroborate.CorroborationSummary;
import org.frontwatch.register.store.ExtractedItem;

/**
 * Builds the data directory the load benchmark serves: on top of whatever the directory already holds (the example
 * corpus, ingested first with {@code FRONTWATCH_DATA=DIR ./frontwatch ingest examples/}), it loads {@code ITEMS}
 * generated items through the Register API in batches, commits the index and rebuilds corroboration over
 * everything.
 *
 * <pre>java -Xmx4g -cp $BENCH_CP org.frontwatch.bench.serve.ServeDataBuilder DIR [ITEMS=100000]</pre>
 *
 * <p>The items come from {@link GeneratedCorpus} with the seed the register benchmark uses, so item {@code i} is the
 * same in both benchmarks.
 */
public final class ServeDataBuilder {
    private static final int BATCH = 1000;

    private ServeDataBuilder() {
    }

    public static void main(String[] arguments) {
        if (arguments.length < 1) {
            System.err.println("usage: ServeDataBuilder DATA_DIR [ITEMS=100000]");
            System.exit(2);
        }
        Path data = Path.of(arguments[0]);
        int size = arguments.length > 1 ? Integer.parseInt(arguments[1].replace("_", "")) : 100_000;
        GeneratedCorpus corpus = new GeneratedCorpus(GeneratedCorpus.BENCHMARK_SEED);
        try (Register register = Register.open(new RegisterSettings(data, Optional.empty()))) {
            long before = register.store().counts().items();
            if (before == 0) {
                System.err.println("note: " + data + " holds no items yet; ingest examples/ into it first to "
                        + "serve the example corpus too");
            }
            long started = System.nanoTime();
            List<ExtractedItem> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < size; i++) {
                batch.add(corpus.item(i));
                if (batch.size() == BATCH || i == size - 1) {
                    register.putAll(batch);
                    batch.clear();
                }
                if ((i + 1) % 10_000 == 0) {
                    System.out.printf("  loaded %,d generated items in %.0f s%n", i + 1, seconds(started));
                }
            }
            register.commit();
            System.out.printf("loaded %,d generated items in %.0f s%n", size, seconds(started));
            long rebuilding = System.nanoTime();
            CorroborationSummary summary = register.rebuild();
            System.out.printf("rebuilt corroboration in %.0f s: %,d reports, %,d incidents, %,d claim groups%n",
                    seconds(rebuilding), summary.reports(), summary.incidents(), summary.claimGroups());
            var counts = register.store().counts();
            System.out.printf("data directory %s: %,d items (%,d before), %,d reports, %,d incidents, %,d indexed%n",
                    data, counts.items(), before, counts.reports(), counts.incidents(), register.index().size());
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
