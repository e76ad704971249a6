package org.frontwatch.archive.collect.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.RecordingSink;

/** Any bytes given to the feed reader end in items or rejections naming the feed, never in an exception. */
class FeedFuzzTest {
    private static final FeedCollector COLLECTOR =
            new FeedCollector(CollectLimits.defaults().withMaxNestingDepth(64), Clock.systemUTC());

    @FuzzTest(maxDuration = "5m")
    void readsAnyBytesWithoutThrowing(byte[] data) {
        RecordingSink sink = new RecordingSink();
        COLLECTOR.collect(new ByteArrayInputStream(data), "https://fuzz.example/feed.xml", sink);
        assertThat(sink.rejected).allSatisfy(problem ->
                assertThat(problem.source()).isEqualTo("https://fuzz.example/feed.xml"));
    }
}
