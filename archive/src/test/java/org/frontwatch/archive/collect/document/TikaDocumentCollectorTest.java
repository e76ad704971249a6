package org.frontwatch.archive.collect.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.archive.collect.RecordingSink.fixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.InputSample;
import org.frontwatch.archive.collect.RecordingSink;
import org.frontwatch.model.Item;
import org.frontwatch.model.SourceKind;

class TikaDocumentCollectorTest {
    private final TikaDocumentCollector collector = new TikaDocumentCollector(CollectLimits.defaults(),
            Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void readsPdfTextTitleAndCreationDate() throws IOException {
        Path pdf = fixture("document/report-en.pdf");
        RecordingSink sink = collect(pdf);

        Item item = sink.items().get(0);
        assertThat(item.kind()).isEqualTo(SourceKind.PDF);
        assertThat(item.title()).isEqualTo("Monitoring note 14");
        assertThat(item.text()).contains("soldiers from at least 16 regions").contains("1,439th regiment near Avdiivka");
        assertThat(item.published()).contains(Instant.parse("2024-03-08T10:15:00Z"));
        assertThat(item.metadata()).containsEntry("content_type", "application/pdf").containsEntry("pages", "1");
        assertThat(sink.collected.get(0).capture().payload()).isEqualTo(Files.readAllBytes(pdf));
    }

    @Test
    void readsDocxParagraphsInUkrainian() {
        Item item = collect(fixture("document/zvit-uk.docx")).items().get(0);

        assertThat(item.kind()).isEqualTo(SourceKind.DOCX);
        assertThat(item.title()).isEqualTo("Звіт про обстріли");
        assertThat(item.text()).isEqualTo("Звіт про обстріли Херсонщини\n"
                + "У ніч на 2 квітня окупанти обстріляли річковий порт Херсона.\n"
                + "Волонтери евакуювали 37 мешканців лівого берега.");
        assertThat(item.published()).contains(Instant.parse("2024-04-10T08:00:00Z"));
    }

    @Test
    void cutsTextAtTheWriteLimitAndSaysSo() {
        TikaDocumentCollector small = new TikaDocumentCollector(new CollectLimits(1L << 30, 1L << 20, 64, 40, 10,
                1L << 20, 100), Clock.systemUTC());
        RecordingSink sink = new RecordingSink();
        small.collect(fixture("document/zvit-uk.docx"), sink);

        assertThat(sink.items().get(0).text().length()).isLessThanOrEqualTo(40);
        assertThat(sink.items().get(0).metadata()).containsEntry("truncated", "true");
    }

    @Test
    void rejectsABrokenPdfNamingTheFile(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.pdf");
        Files.write(broken, "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage ]]]\n".getBytes(StandardCharsets.US_ASCII));
        RecordingSink sink = collect(broken);

        assertThat(sink.collected).isEmpty();
        assertThat(sink.messages()).singleElement().asString().startsWith(broken.toString());
    }

    @Test
    void refusesDocumentsOverTheSizeLimit() {
        TikaDocumentCollector tiny = new TikaDocumentCollector(CollectLimits.defaults().withMaxDocumentBytes(100),
                Clock.systemUTC());
        RecordingSink sink = new RecordingSink();
        tiny.collect(fixture("document/report-en.pdf"), sink);

        assertThat(sink.messages()).singleElement().asString().contains("more than the limit of 100");
    }

    @Test
    void acceptsPdfByMagicAndDocxByZipContent() throws IOException {
        assertThat(collector.accepts(InputSample.of(fixture("document/report-en.pdf")))).isTrue();
        assertThat(collector.accepts(InputSample.of(fixture("document/zvit-uk.docx")))).isTrue();
        assertThat(collector.accepts(new InputSample(Path.of("x.docx"), "plain".getBytes(StandardCharsets.UTF_8))))
                .isFalse();
    }

    private RecordingSink collect(Path file) {
        RecordingSink sink = new RecordingSink();
        collector.collect(file, sink);
        return sink;
    }
}
