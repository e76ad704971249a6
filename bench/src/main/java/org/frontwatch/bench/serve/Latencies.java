package org.frontwatch.bench.serve;

import java.util.Arrays;

/** Latencies in nanoseconds, added from any thread, with percentiles over all of them. */
final class Latencies {
    private long[] values = new long[1 << 14];
    private int count;

    synchronized void add(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[count++] = nanos;
    }

    synchronized int count() {
        return count;
    }

    /** The latency that {@code fraction} of all are at or below (nearest rank), in milliseconds; 0 if none. */
    synchronized double percentileMillis(double fraction) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return sorted[Math.min(count - 1, Math.max(0, (int) Math.ceil(fraction * count) - 1))] / 1e6;
    }

    synchronized double maxMillis() {
        return count == 0 ? 0 : Arrays.stream(values, 0, count).max().orElse(0) / 1e6;
    }
}
