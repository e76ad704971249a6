package org.frontwatch.bench.serve;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What one timed run saw: every latency, per kind too, the errors, the distinct paths asked. */
record LoadResult(Latencies all, Map<RequestMix.Kind, Latencies> byKind, Map<RequestMix.Kind, Set<String>> distinct,
                  Map<RequestMix.Kind, AtomicLong> errorsByKind) {

    static LoadResult empty() {
        LoadResult result = new LoadResult(new Latencies(), new EnumMap<>(RequestMix.Kind.class),
                new EnumMap<>(RequestMix.Kind.class), new EnumMap<>(RequestMix.Kind.class));
        for (RequestMix.Kind kind : RequestMix.Kind.values()) {
            result.byKind().put(kind, new Latencies());
            result.distinct().put(kind, ConcurrentHashMap.newKeySet());
            result.errorsByKind().put(kind, new AtomicLong());
        }
        return result;
    }

    /** Counts one answered (or failed) request of {@code kind} that took {@code nanos}. */
    void record(RequestMix.Kind kind, long nanos, boolean error) {
        if (error) {
            errorsByKind.get(kind).incrementAndGet();
        }
        all.add(nanos);
        byKind.get(kind).add(nanos);
    }

    long errors() {
        return errorsByKind.values().stream().mapToLong(AtomicLong::get).sum();
    }
}
