package org.frontwatch.register.query;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * Keeps the latest {@link TallySnapshot} and offers it only while the store is still at the version it was read at.
 * When it is missing or stale, asking starts a new one on the executor and answers "none" at once, so the caller
 * tallies by SQL as before instead of waiting for a snapshot that a stream of writes may outdate again: at most one
 * build runs at a time, and the next starts no sooner after the last than four times that build's duration, so a
 * register being written to spends a bounded share of one core on snapshots. A snapshot whose store moved while it
 * was read is dropped, and so is one whose read failed: the SQL tally, which keeps answering, reports the failure.
 */
final class TallySnapshots {
    /** How many times its own duration the next build waits after one. */
    static final int PAUSE_FACTOR = 4;
    private final int pauseFactor;
    private final LongSupplier version;
    private final LongFunction<TallySnapshot> reader;
    private final Executor executor;
    private final AtomicBoolean building = new AtomicBoolean();
    private volatile TallySnapshot latest;
    private volatile long notBeforeNanos = System.nanoTime();

    /**
     * @param version  the store's version now
     * @param reader   reads a snapshot of the store, which was at the given version before the read began
     * @param executor runs the reads (tests pass a direct one)
     * @param pauseFactor how many times its duration the next build waits after one ({@link #PAUSE_FACTOR})
     */
    TallySnapshots(LongSupplier version, LongFunction<TallySnapshot> reader, Executor executor, int pauseFactor) {
        this.version = version;
        this.pauseFactor = pauseFactor;
        this.reader = reader;
        this.executor = executor;
    }

    /** The snapshot of the store as it is now, if one is ready; otherwise none, and one is being read. */
    Optional<TallySnapshot> current() {
        Optional<TallySnapshot> ready = ready();
        if (ready.isPresent()) {
            return ready;
        }
        if (System.nanoTime() - notBeforeNanos >= 0 && building.compareAndSet(false, true)) {
            try {
                executor.execute(this::build);
            } catch (RejectedExecutionException e) {
                building.set(false);
            }
        }
        return ready();
    }

    private Optional<TallySnapshot> ready() {
        TallySnapshot snapshot = latest;
        return snapshot != null && snapshot.version() == version.getAsLong() ? Optional.of(snapshot)
                : Optional.empty();
    }

    private void build() {
        long started = System.nanoTime();
        try {
            long before = version.getAsLong();
            TallySnapshot snapshot = reader.apply(before);
            if (version.getAsLong() == before) {
                latest = snapshot;
            }
        } catch (RuntimeException failed) {
            // no snapshot this time: tallies keep reading the store, which reports its failures to the caller
        } finally {
            long finished = System.nanoTime();
            notBeforeNanos = finished + pauseFactor * (finished - started);
            building.set(false);
        }
    }
}
