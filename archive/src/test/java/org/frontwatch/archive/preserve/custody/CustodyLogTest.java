package org.frontwatch.archive.preserve.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.frontwatch.model.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustodyLogTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-10T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void chainsEachEntryToThePreviousHash() {
        try (CustodyLog log = CustodyLog.open(directory.resolve("custody.log"), CLOCK)) {
            assertThat(log.head()).isEqualTo(CustodyEntry.GENESIS);
            CustodyEntry first = log.append("ingest", CustodyAction.CAPTURED, "item-a", Map.of("offset", "0"));
            CustodyEntry second = log.append("ingest", "extracted", "item-a", Map.of());

            assertThat(first.seq()).isEqualTo(1);
            assertThat(first.prev()).isEqualTo(CustodyEntry.GENESIS);
            assertThat(second.seq()).isEqualTo(2);
            assertThat(second.prev()).isEqualTo(first.hash());
            assertThat(log.head()).isEqualTo(second.hash());
            assertThat(first.hash()).isEqualTo(first.computedHash()).isNotEqualTo(second.hash());
        }
    }

    @Test
    void writesTheDocumentedCanonicalLine() throws IOException {
        Path file = directory.resolve("custody.log");
        CustodyEntry entry;
        try (CustodyLog log = CustodyLog.open(file, CLOCK)) {
            entry = log.append("anna", "redacted", "item-b", Map.of("z", "last", "a", "first \"quoted\"\n"));
        }
        String canonical = "{\"seq\":1,\"time\":\"2024-03-10T12:00:00Z\",\"actor\":\"anna\",\"action\":\"redacted\","
                + "\"subject\":\"item-b\",\"detail\":{\"a\":\"first \\\"quoted\\\"\\u000a\",\"z\":\"last\"},"
                + "\"prev\":\"" + CustodyEntry.GENESIS + "\"}";
        assertThat(entry.canonical()).isEqualTo(canonical);
        assertThat(entry.hash()).isEqualTo(CustodyEntry.hashOf(CustodyEntry.GENESIS, canonical));
        assertThat(Files.readString(file)).isEqualTo(
                canonical.substring(0, canonical.length() - 1) + ",\"hash\":\"" + entry.hash() + "\"}\n");
    }

    @Test
    void listsEntriesOfOneSubjectAcrossReopening() {
        Path file = directory.resolve("custody.log");
        try (CustodyLog log = CustodyLog.open(file, CLOCK)) {
            log.append("ingest", "captured", "item-a", Map.of());
            log.append("ingest", "captured", "item-b", Map.of());
        }
        try (CustodyLog log = CustodyLog.open(file, CLOCK)) {
            log.append("recheck", "status-changed", "item-a", Map.of("status", "deleted"));
            assertThat(log.entries("item-a")).extracting(CustodyEntry::action)
                    .containsExactly("captured", "status-changed");
            assertThat(log.entries("item-a").get(1).detail()).containsEntry("status", "deleted");
            assertThat(log.entries("nobody")).isEmpty();
            assertThat(log.lastSeq()).isEqualTo(3);
        }
    }

    @Test
    void keepsTheChainWhenManyThreadsAppend() throws InterruptedException {
        Path file = directory.resolve("custody.log");
        try (CustodyLog log = CustodyLog.open(file, CLOCK)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            for (int i = 0; i < 200; i++) {
                String subject = "item-" + (i % 10);
                pool.submit(() -> log.append("ingest", "captured", subject, Map.of()));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(log.lastSeq()).isEqualTo(200);
        }
        ChainCheck check = ChainCheck.of(file);
        assertThat(check.failure()).isEmpty();
        assertThat(check.entries()).isEqualTo(200);
    }

    @Test
    void cutsBackATornLastLine() throws IOException {
        Path file = directory.resolve("custody.log");
        String head;
        try (CustodyLog log = CustodyLog.open(file, CLOCK)) {
            log.append("ingest", "captured", "item-a", Map.of());
            head = log.append("ingest", "captured", "item-b", Map.of()).hash();
        }
        long whole = Files.size(file);
        byte[] torn = "{\"seq\":3,\"time\":\"2024-".getBytes(StandardCharsets.UTF_8);
        Files.write(file, torn, StandardOpenOption.APPEND);

        try (CustodyLog log = CustodyLog.open(file, CLOCK)) {
            assertThat(log.repair()).hasValueSatisfying(repair -> {
                assertThat(repair.keptBytes()).isEqualTo(whole);
                assertThat(repair.removedBytes()).isEqualTo(torn.length);
            });
            assertThat(log.head()).isEqualTo(head);
            log.append("ingest", "repaired", file.getFileName().toString(), log.repair().orElseThrow().detail());
        }
        assertThat(ChainCheck.of(file).ok()).isTrue();
        assertThat(ChainCheck.of(file).entries()).isEqualTo(3);
    }

    @Test
    void namesTheFirstTamperedEntry() throws IOException {
        Path file = directory.resolve("custody.log");
        List<CustodyEntry> entries = new ArrayList<>();
        try (CustodyLog log = CustodyLog.open(file, CLOCK)) {
            for (int i = 0; i < 5; i++) {
                entries.add(log.append("ingest", "captured", "item-" + i, Map.of("warc", "f.warc.gz")));
            }
        }
        String text = Files.readString(file);
        int third = text.indexOf("item-2");
        Files.writeString(file, text.substring(0, third) + "item-9" + text.substring(third + 6));

        ChainCheck check = ChainCheck.of(file);

        assertThat(check.entries()).isEqualTo(2);
        assertThat(check.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.seq()).hasValue(3);
            assertThat(failure.offset()).isEqualTo(text.lastIndexOf('\n', third) + 1);
            assertThat(failure.expected()).isEqualTo(entries.get(2).hash());
            assertThat(failure.actual()).isNotEqualTo(entries.get(2).hash()).hasSize(64);
        });
    }

    @Test
    void refusesToContinueALogWhoseLastLineIsNotAnEntry() throws IOException {
        Path file = directory.resolve("custody.log");
        Files.writeString(file, "not json at all\n");
        assertThatThrownBy(() -> CustodyLog.open(file, CLOCK))
                .hasMessageContaining("line 1").hasMessageContaining("not JSON");
    }

    @Test
    void refusesASecondOpenOfTheSameLog() {
        Path file = directory.resolve("custody.log");
        try (CustodyLog log = CustodyLog.open(file, CLOCK)) {
            assertThat(log.file()).isEqualTo(file);
            assertThatThrownBy(() -> CustodyLog.open(file, CLOCK))
                    .isInstanceOf(StoreException.class).hasMessageContaining("already open");
        }
    }
}
