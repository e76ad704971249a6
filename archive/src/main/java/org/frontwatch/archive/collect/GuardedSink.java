package org.frontwatch.archive.collect;

import java.util.Optional;

import org.frontwatch.model.BadInputException;
import org.frontwatch.model.Collected;

/**
 * Passes items and rejections on to the caller's sink and remembers the first exception that sink throws, so
 * that a failure downstream (a full disk while preserving) is never mistaken for bad input by a collector that
 * turns exceptions into rejections: once the sink has failed, nothing more is passed on, and
 * {@link InputCollector} rethrows the failure when the collector returns.
 */
final class GuardedSink implements CollectSink {
    private final CollectSink sink;
    private RuntimeException failure;

    GuardedSink(CollectSink sink) {
        this.sink = sink;
    }

    @Override
    public void accept(Collected collected) {
        failIfFailed();
        try {
            sink.accept(collected);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void reject(BadInputException problem) {
        failIfFailed();
        try {
            sink.reject(problem);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    /** The first exception the caller's sink threw, if any. */
    Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }

    private void failIfFailed() {
        if (failure != null) {
            throw failure;
        }
    }
}
