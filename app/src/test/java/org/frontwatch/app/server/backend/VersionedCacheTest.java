package org.frontwatch.app.server.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VersionedCacheTest {
    private final AtomicInteger computations = new AtomicInteger();
    private final VersionedCache<String, String> cache = new VersionedCache<>(2);

    private String compute(String key) {
        return key + " #" + computations.incrementAndGet();
    }

    @Test
    void servesTheSameAnswerWhileTheVersionIsTheSame() {
        String first = cache.get("item", List.of(7L, 3L), this::compute);

        assertThat(cache.get("item", List.of(7L, 3L), this::compute)).isSameAs(first);
        assertThat(computations).hasValue(1);
    }

    @Test
    void recomputesOnceAnyPartOfTheVersionMoves() {
        cache.get("item", List.of(7L, 3L), this::compute);

        assertThat(cache.get("item", List.of(7L, 4L), this::compute)).isEqualTo("item #2");
        assertThat(cache.get("item", List.of(8L, 4L), this::compute)).isEqualTo("item #3");
    }

    @Test
    void startsAfreshWhenFull() {
        cache.get("a", 1L, this::compute);
        cache.get("b", 1L, this::compute);
        cache.get("c", 1L, this::compute);

        assertThat(cache.get("c", 1L, this::compute)).isEqualTo("c #3");
        assertThat(cache.get("a", 1L, this::compute)).isEqualTo("a #4");
    }

    @Test
    void doesNotKeepAFailure() {
        assertThatThrownBy(() -> cache.get("item", 1L, key -> {
            throw new IllegalStateException("no database");
        })).isInstanceOf(IllegalStateException.class).hasMessage("no database");

        assertThat(cache.get("item", 1L, this::compute)).isEqualTo("item #1");
    }
}
