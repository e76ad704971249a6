package org.frontwatch.bench.register;

import java.util.Arrays;

/** Latencies of repeated operations, in milliseconds, with percentiles by nearest rank. */
final class LatencySample {
    private double[] millis = new double[64];
    private int count;

    void add(long nanos) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        millis[count++] = nanos / 1_000_000.0;
    }

    double percentile(double p) {
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))];
    }

    int count() {
        return count;
    }
}
