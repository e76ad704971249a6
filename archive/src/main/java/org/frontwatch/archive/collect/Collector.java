package org.frontwatch.archive.collect;

import java.nio.file.Path;

/**
 * One input format. A collector never throws for bad input: it hands each problem to
 * {@link CollectSink#reject} with file and position, and keeps every item it could read.
 */
public interface Collector {
    /** A short name of the format ("telegram-export", "feed", "html"…), used in messages and metadata. */
    String format();

    /** Whether this collector reads the sampled file, judged from its name and first bytes. */
    boolean accepts(InputSample sample);

    /** Reads {@code file}, handing every item and every problem to {@code sink}. */
    void collect(Path file, CollectSink sink);
}
