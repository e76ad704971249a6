package org.frontwatch.spark.extract;

import java.util.concurrent.ConcurrentLinkedDeque;
import org.frontwatch.extract.Extractor;

/**
 * The extractors of one executor JVM. Creating an {@link Extractor} loads dictionaries and gazetteers, so it is
 * done once per concurrently running task and reused by every later partition; a task has its extractor to
 * itself, so the extractor need not be thread-safe.
 */
final class ExtractorPool {
    private static final ConcurrentLinkedDeque<Extractor> IDLE = new ConcurrentLinkedDeque<>();

    private ExtractorPool() {
    }

    static Extractor borrow() {
        Extractor idle = IDLE.pollFirst();
        return idle != null ? idle : Extractor.create();
    }

    static void giveBack(Extractor extractor) {
        IDLE.offerFirst(extractor);
    }
}
