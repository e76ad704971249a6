package org.frontwatch.archive.collect.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.RecordingSink;

/** Any bytes given to the WARC reader end in items or rejections naming the file, never in an exception. */
class WarcFuzzTest {
    private static final WarcCollector COLLECTOR = new WarcCollector(CollectLimits.defaults().withMaxDocumentBytes(1 << 20));

    @FuzzTest(maxDuration = "5m")
    void readsAnyBytesWithoutThrowing(byte[] data) throws IOException {
        Path file = Files.createTempFile("fuzz", ".warc");
        try {
            Files.write(file, data);
            RecordingSink sink = new RecordingSink();
            COLLECTOR.collect(file, sink);
            assertThat(sink.rejected).allSatisfy(problem -> assertThat(problem.source()).startsWith(file.toString()));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
