package org.frontwatch.archive.collect.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.RecordingSink;

/**
 * Any bytes given to the Telegram export reader end in items or rejections naming the file, never in an
 * exception. Regression mode replays {@code TelegramExportFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class TelegramExportFuzzTest {
    private static final TelegramExportCollector COLLECTOR =
            new TelegramExportCollector(CollectLimits.defaults().withMaxNestingDepth(64), Clock.systemUTC());

    @FuzzTest(maxDuration = "5m")
    void readsAnyBytesWithoutThrowing(byte[] data) throws IOException {
        Path file = Files.createTempFile("fuzz-telegram", ".json");
        try {
            Files.write(file, data);
            RecordingSink sink = new RecordingSink();
            COLLECTOR.collect(file, sink);
            assertThat(sink.rejected).allSatisfy(problem -> assertThat(problem.source()).isEqualTo(file.toString()));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
