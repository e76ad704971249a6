package org.frontwatch.archive.collect.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.archive.collect.RecordingSink.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.InputSample;
import org.frontwatch.archive.collect.RecordingSink;

class WaczCollectorTest {
    private final WaczCollector collector = new WaczCollector(CollectLimits.defaults());

    @Test
    void readsTheWarcsInsideAWacz() {
        Path wacz = fixture("warc/crawl.wacz");
        RecordingSink sink = collect(collector, wacz);

        assertThat(sink.rejected).isEmpty();
        assertThat(sink.collected).extracting(collected -> collected.capture().uri()).containsExactly(
                "https://baikal.example.ru/news/2024/03/obrashchenie", "https://volga.example.com/kazan-protest",
                "https://zp.example.ua/zvit.txt");
        assertThat(sink.items().get(0).metadata()).containsEntry("warc_file", wacz + "!/archive/data.warc.gz");
    }

    @Test
    void givesTheSameItemsAsTheWarcItHolds() {
        RecordingSink fromWacz = collect(collector, fixture("warc/crawl.wacz"));
        RecordingSink fromWarc = collect(new WarcCollector(CollectLimits.defaults()), fixture("warc/crawl.warc.gz"));

        assertThat(fromWacz.collected).extracting(collected -> collected.item().id())
                .isEqualTo(fromWarc.collected.stream().map(collected -> collected.item().id()).toList());
    }

    @Test
    void rejectsPathTraversalEntriesAndReadsTheRest(@TempDir Path dir) throws IOException {
        Path wacz = dir.resolve("hostile.wacz");
        byte[] warc = Files.readAllBytes(fixture("warc/crawl.warc.gz"));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(wacz))) {
            WarcFixtureWriter.stored(zip, "../../../etc/cron.d/evil.warc.gz", warc);
            WarcFixtureWriter.stored(zip, "archive/data.warc.gz", warc);
        }

        RecordingSink sink = collect(collector, wacz);

        assertThat(sink.collected).hasSize(3);
        assertThat(sink.messages()).singleElement().asString()
                .isEqualTo(wacz + " at entry '../../../etc/cron.d/evil.warc.gz': entry name escapes the archive"
                        + " (path traversal); entry not read");
    }

    @Test
    void rejectsAZipBombEntryByItsCompressionRatioAndReadsTheRest(@TempDir Path dir) throws IOException {
        Path wacz = dir.resolve("bomb.wacz");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(wacz))) {
            zip.putNextEntry(new ZipEntry("archive/bomb.warc.gz"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 10; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            WarcFixtureWriter.stored(zip, "archive/data.warc.gz", Files.readAllBytes(fixture("warc/crawl.warc.gz")));
        }

        RecordingSink sink = collect(collector, wacz);

        assertThat(sink.collected).hasSize(3);
        assertThat(sink.messages()).singleElement().asString().startsWith(wacz + " at entry 'archive/bomb.warc.gz'")
                .contains("to 10485760 bytes").contains("zip bomb");
    }

    @Test
    void stopsReadingOnceTheArchiveExceedsItsTotalBudget() {
        WaczCollector small = new WaczCollector(CollectLimits.defaults().withArchiveLimits(100, 1000, 200));
        RecordingSink sink = collect(small, fixture("warc/crawl.wacz"));

        assertThat(sink.messages()).isNotEmpty().last().asString().contains("crawl.wacz!/archive/data.warc.gz")
                .contains("limit of 1000 bytes in total");
    }

    @Test
    void refusesArchivesWithTooManyEntries() {
        WaczCollector strict = new WaczCollector(CollectLimits.defaults().withArchiveLimits(2, 1L << 30, 200));
        RecordingSink sink = collect(strict, fixture("warc/crawl.wacz"));

        assertThat(sink.collected).isEmpty();
        assertThat(sink.messages()).singleElement().asString().contains("3 entries, more than the limit of 2");
    }

    @Test
    void rejectsAFileThatIsNotAZip(@TempDir Path dir) throws IOException {
        Path fake = dir.resolve("fake.wacz");
        Files.write(fake, new byte[] {'P', 'K', 3, 4, 1, 2, 3});

        RecordingSink sink = collect(collector, fake);

        assertThat(sink.messages()).singleElement().asString().startsWith(fake.toString()).contains("WACZ");
    }

    @Test
    void recognisesWaczButNotDocx() throws IOException {
        assertThat(collector.accepts(InputSample.of(fixture("warc/crawl.wacz")))).isTrue();
        assertThat(collector.accepts(InputSample.of(fixture("document/zvit-uk.docx")))).isFalse();
    }

    @Test
    void namesEscapingEntries() {
        assertThat(WaczCollector.escapesArchive("archive/data.warc.gz")).isFalse();
        assertThat(WaczCollector.escapesArchive("archive/../../x")).isTrue();
        assertThat(WaczCollector.escapesArchive("/etc/passwd")).isTrue();
        assertThat(WaczCollector.escapesArchive("C:/Windows/x")).isTrue();
        assertThat(WaczCollector.escapesArchive("archive\\..\\x")).isTrue();
    }

    private static RecordingSink collect(WaczCollector collector, Path file) {
        RecordingSink sink = new RecordingSink();
        collector.collect(file, sink);
        return sink;
    }

    private static RecordingSink collect(WarcCollector collector, Path file) {
        RecordingSink sink = new RecordingSink();
        collector.collect(file, sink);
        return sink;
    }

}
