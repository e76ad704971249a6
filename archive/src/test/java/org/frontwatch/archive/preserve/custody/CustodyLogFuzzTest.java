package org.frontwatch.archive.preserve.custody;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Any bytes as a custody log are judged by the chain check, never crash it; any line parses or is refused. */
class CustodyLogFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void checksAnyBytesWithoutThrowing(byte[] data) {
        Path file = null;
        try {
            file = Files.createTempFile("custody-fuzz", ".log");
            Files.write(file, data);
            ChainCheck check = ChainCheck.of(file);
            assertThat(check.entries() == 0 || check.head().matches("[0-9a-f]{64}")).isTrue();
            for (String line : new String(data, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                try {
                    CustodyEntry entry = CustodyLineParser.parse(line);
                    assertThat(entry.seq()).isPositive();
                } catch (IllegalArgumentException refused) {
                    assertThat(refused.getMessage()).isNotBlank();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }
}
