package org.frontwatch.archive.collect.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.RecordingSink;

/** Any bytes given to the HTML reader end in an item or a rejection naming the page, never in an exception. */
class HtmlFuzzTest {
    private static final HtmlCollector COLLECTOR = new HtmlCollector(CollectLimits.defaults(), Clock.systemUTC());

    @FuzzTest(maxDuration = "5m")
    void readsAnyBytesWithoutThrowing(byte[] data) {
        RecordingSink sink = new RecordingSink();
        COLLECTOR.collect(new ByteArrayInputStream(data), "https://fuzz.example/page", sink);
        assertThat(sink.collected.size() + sink.rejected.size()).isEqualTo(1);
        assertThat(sink.collected).allSatisfy(collected -> assertThat(collected.item().text()).isNotBlank());
    }
}
