package org.frontwatch.register.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class QueryResultCacheTest {
    private final AtomicLong version = new AtomicLong();
    private final AtomicInteger computations = new AtomicInteger();
    private final QueryResultCache cache = new QueryResultCache(version::get, 10);

    private String compute() {
        return "result " + computations.incrementAndGet();
    }

    @Test
    void reusesAResultWhileTheVersionStaysTheSame() {
        assertThat((String) cache.get("tally", this::compute)).isEqualTo("result 1");
        assertThat((String) cache.get("tally", this::compute)).isEqualTo("result 1");
        assertThat(computations).hasValue(1);
    }

    @Test
    void recomputesAfterAWriteMovesTheVersion() {
        cache.get("tally", this::compute);
        version.incrementAndGet();

        assertThat((String) cache.get("tally", this::compute)).isEqualTo("result 2");
    }

    @Test
    void keepsOneResultPerKey() {
        assertThat((String) cache.get("by origin", this::compute)).isEqualTo("result 1");
        assertThat((String) cache.get("by unit", this::compute)).isEqualTo("result 2");
        assertThat((String) cache.get("by origin", this::compute)).isEqualTo("result 1");
    }

    @Test
    void doesNotKeepAFailedComputation() {
        assertThatThrownBy(() -> cache.get("tally", () -> {
            throw new IllegalStateException("database went away");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database went away");

        assertThat((String) cache.get("tally", this::compute)).isEqualTo("result 1");
    }

    @Test
    void computesOnceForCallersAskingAtTheSameTime() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            answers.add(callers.submit(() -> cache.get("tally", () -> {
                started.countDown();
                await(release);
                return compute();
            })));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 7; i++) {
                answers.add(callers.submit(() -> cache.get("tally", this::compute)));
            }
            release.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("result 1");
            }
            assertThat(computations).hasValue(1);
        } finally {
            callers.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
