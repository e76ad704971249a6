package org.frontwatch.archive.preserve.warc;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.frontwatch.archive.preserve.SampleCaptures;

/**
 * Any bytes as the newest WARC file: verify names a failure or passes, and open cuts back what is not whole and
 * goes on preserving — never an unexpected exception.
 */
class WarcEvidenceFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void opensAndVerifiesAnyBytesWithoutThrowing(byte[] data) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("warc-fuzz");
            Path file = directory.resolve(WarcFileNames.name(java.time.Instant.EPOCH, 1));
            Files.write(file, data);
            ArchiveCheck check = ArchiveCheck.of(directory);
            assertThat(check.records()).isNotNegative();
            try (EvidenceArchive archive = EvidenceArchive.open(directory)) {
                assertThat(Files.size(file)).isLessThanOrEqualTo(data.length);
                archive.preserve(SampleCaptures.post(1));
            }
            assertThat(ArchiveCheck.of(directory).files()).isEqualTo(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(directory);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }
}
