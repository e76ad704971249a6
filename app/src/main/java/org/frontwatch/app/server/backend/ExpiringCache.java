package org.frontwatch.app.server.backend;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed once and reused for a while: a bounded, time-limited memo for reads that many requests repeat.
 * When it holds more than {@code capacity} values it starts afresh rather than tracking use.
 */
final class ExpiringCache<V> {
    private record Entry<V>(V value, long expiresNanos) {
    }

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long lifetimeNanos;
    private final int capacity;

    ExpiringCache(Duration lifetime, int capacity) {
        this.lifetimeNanos = lifetime.toNanos();
        this.capacity = capacity;
    }

    V get(String key, Function<String, V> compute) {
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.expiresNanos() < 0) {
            return entry.value();
        }
        if (entries.size() >= capacity) {
            entries.clear();
        }
        V value = compute.apply(key);
        entries.put(key, new Entry<>(value, now + lifetimeNanos));
        return value;
    }
}
