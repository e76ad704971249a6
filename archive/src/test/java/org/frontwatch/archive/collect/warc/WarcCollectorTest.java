package org.frontwatch.archive.collect.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.archive.collect.RecordingSink.fixture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.InputSample;
import org.frontwatch.archive.collect.RecordingSink;
import org.frontwatch.model.Collected;
import org.frontwatch.model.Item;
import org.frontwatch.model.SourceKind;

class WarcCollectorTest {
    private final WarcCollector collector = new WarcCollector(CollectLimits.defaults());

    @Test
    void turnsHtmlAndTextRecordsIntoItemsWithTheirOriginalAddressAndTime() {
        RecordingSink sink = collect(fixture("warc/crawl.warc.gz"));

        assertThat(sink.rejected).isEmpty();
        assertThat(sink.collected).extracting(collected -> collected.capture().uri()).containsExactly(
                "https://baikal.example.ru/news/2024/03/obrashchenie", "https://volga.example.com/kazan-protest",
                "https://zp.example.ua/zvit.txt");
        assertThat(sink.collected).extracting(collected -> collected.capture().capturedAt()).containsExactly(
                Instant.parse("2024-03-09T10:00:02Z"), Instant.parse("2024-03-09T10:00:05Z"),
                Instant.parse("2024-03-09T10:00:06Z"));
        Item page = sink.items().get(0);
        assertThat(page.kind()).isEqualTo(SourceKind.WARC);
        assertThat(page.source()).isEqualTo("Байкальские новости");
        assertThat(page.text()).contains("из 1439-го полка отправили под Авдеевку").doesNotContain("Главная", "© 2024");
        assertThat(page.metadata()).containsEntry("http_status", "200").containsEntry("warc_type", "response")
                .containsEntry("warc_record_id", "urn:uuid:00000000-0000-5eed-0000-000000000003")
                .containsKey("warc_offset");
        Item text = sink.items().get(2);
        assertThat(text.title()).isEqualTo("Звіт волонтерів");
        assertThat(text.source()).isEqualTo("zp.example.ua");
    }

    @Test
    void capturesTheHttpBodyWithChunkingAndGzipRemoved() {
        Collected english = collect(fixture("warc/crawl.warc.gz")).collected.get(1);

        assertThat(new String(english.capture().payload(), StandardCharsets.UTF_8)).startsWith("<!doctype html>")
                .contains("About 40 women gathered");
        assertThat(english.capture().contentType()).isEqualTo("text/html");
        assertThat(english.item().text()).contains("Kazan");
    }

    @Test
    void keepsRecordsBeforeATruncatedTailAndNamesTheOffset(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(fixture("warc/crawl.warc.gz"));
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length * 3 / 4));

        RecordingSink sink = collect(cut);

        assertThat(sink.collected).isNotEmpty().hasSizeLessThan(3);
        assertThat(sink.messages()).singleElement().asString().startsWith(cut + " at offset ");
    }

    @Test
    void rejectsJunkAfterTheLastRecordWithItsOffset(@TempDir Path dir) throws IOException {
        Path junk = dir.resolve("junk.warc");
        Files.write(junk, ("WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: https://a.example/t.txt\r\n"
                + "WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                + "Content-Type: text/plain\r\nContent-Length: 5\r\n\r\nHello\r\n\r\nthis is not a record\r\n")
                .getBytes(StandardCharsets.UTF_8));

        RecordingSink sink = collect(junk);

        assertThat(sink.items()).extracting(Item::text).containsExactly("Hello");
        assertThat(sink.messages()).singleElement().asString().contains("junk.warc at offset ").contains("malformed");
    }

    @Test
    void readsAPageWhoseServerNamedAnUnknownCharset(@TempDir Path dir) throws IOException {
        String html = "<html><body><article><p>Жители Курской области сообщают об эвакуации.</p></article></body></html>";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-\r\nContent-Length: " + body.length
                + "\r\n\r\n";
        int length = http.getBytes(StandardCharsets.US_ASCII).length + body.length;
        Path warc = dir.resolve("odd.warc");
        Files.write(warc, ("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://kursk.example.ru/1\r\n"
                + "WARC-Date: 2024-08-10T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000002>\r\n"
                + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + length + "\r\n\r\n" + http
                + html + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));

        RecordingSink sink = collect(warc);

        assertThat(sink.rejected).isEmpty();
        assertThat(sink.items()).extracting(Item::text).containsExactly("Жители Курской области сообщают об эвакуации.");
    }

    @Test
    void recognisesWarcsPlainAndGzippedButNotOtherGzipFiles(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(other)) {
            gzip.write("just some log lines".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(collector.accepts(InputSample.of(fixture("warc/crawl.warc.gz")))).isTrue();
        assertThat(collector.accepts(new InputSample(dir.resolve("a.warc"),
                "WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII)))).isTrue();
        assertThat(collector.accepts(new InputSample(dir.resolve("logs.warc.gz"), other.toByteArray()))).isFalse();
    }

    private RecordingSink collect(Path file) {
        RecordingSink sink = new RecordingSink();
        collector.collect(file, sink);
        return sink;
    }
}
