package org.frontwatch.register.query;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.frontwatch.model.StoreException;

/**
 * Results of read queries kept while the register is unchanged: each result is stored with the store
 * {@linkplain org.frontwatch.register.store.Database#version version} read before it was computed, and is served
 * only while the version is still the same. Any write moves the version and so retires every result. Callers
 * asking for the same result at once wait for one computation instead of each running the query (200 clients
 * asking for a fresh tally would otherwise run it 200 times). A failed computation is not kept. Holds at most
 * {@code capacity} results and starts afresh when full rather than tracking use.
 */
final class QueryResultCache {
    private record Entry(long version, FutureTask<Object> result) {
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final LongSupplier version;
    private final int capacity;

    QueryResultCache(LongSupplier version, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("cache capacity must be positive: " + capacity);
        }
        this.version = version;
        this.capacity = capacity;
    }

    /** The result for {@code key} computed at the current version, computing it if absent or older. */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        long current = version.getAsLong();
        Entry entry = entries.get(key);
        if (entry == null || entry.version() != current) {
            if (entries.size() >= capacity) {
                entries.clear();
            }
            entry = entries.compute(key, (k, old) -> old != null && old.version() == current ? old
                    : new Entry(current, new FutureTask<>(compute::get)));
        }
        entry.result().run();
        try {
            return (T) entry.result().get();
        } catch (ExecutionException e) {
            entries.remove(key, entry);
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StoreException("cannot compute " + key + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted waiting for " + key, e);
        }
    }
}
