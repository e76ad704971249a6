package org.frontwatch.app.server.backend;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Answers kept while what they were read from is unchanged: each value is stored with the version (of the register,
 * of the custody log…) read before it was computed and is served only while the caller still sees that version, so
 * a write anywhere retires it at once — never a stale answer for a while. Callers asking for the same value at once
 * wait for one computation; a failed computation is not kept. Holds at most {@code capacity} values and starts
 * afresh when full rather than tracking use.
 */
final class VersionedCache<K, V> {
    private record Entry<V>(Object version, FutureTask<V> value) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final int capacity;

    VersionedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("cache capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * The value of {@code key} computed at {@code version}, computing it if absent or computed at another version.
     * Read the version before the data, so that a value is never filed under a newer version than it saw.
     */
    V get(K key, Object version, Function<K, V> compute) {
        Entry<V> entry = entries.get(key);
        if (entry == null || !entry.version().equals(version)) {
            if (entries.size() >= capacity) {
                entries.clear();
            }
            entry = entries.compute(key, (k, old) -> old != null && old.version().equals(version) ? old
                    : new Entry<>(version, new FutureTask<>(() -> compute.apply(k))));
        }
        entry.value().run();
        try {
            return entry.value().get();
        } catch (ExecutionException e) {
            entries.remove(key, entry);
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("cannot compute " + key + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + key, e);
        }
    }
}
