package org.frontwatch.archive.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.archive.collect.RecordingSink.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.frontwatch.model.BadInputException;
import org.frontwatch.model.Item;
import org.frontwatch.model.SourceKind;

class InputCollectorTest {
    private final InputCollector inputs = InputCollector.withDefaultFormats(CollectLimits.defaults(),
            Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void choosesTheCollectorByContentAndName() throws IOException {
        assertThat(formatOf(fixture("telegram/single-chat-result.json"))).isEqualTo("telegram-export");
        assertThat(formatOf(fixture("feed/atom-uk.xml"))).isEqualTo("feed");
        assertThat(formatOf(fixture("html/article-en.html"))).isEqualTo("html");
        assertThat(formatOf(fixture("document/report-en.pdf"))).isEqualTo("pdf-docx");
        assertThat(formatOf(fixture("document/zvit-uk.docx"))).isEqualTo("pdf-docx");
        assertThat(formatOf(fixture("warc/crawl.warc.gz"))).isEqualTo("warc");
        assertThat(formatOf(fixture("warc/crawl.wacz"))).isEqualTo("wacz");
    }

    @Test
    void collectsABatchOfEveryFormatInSortedOrderAndGoesOnPastBadFiles(@TempDir Path dir) throws IOException {
        copy("telegram/single-chat-result.json", dir.resolve("a-telegram/result.json"));
        copy("telegram/truncated-result.json", dir.resolve("b-broken/result.json"));
        copy("feed/rss-ru.xml", dir.resolve("c-feed.xml"));
        copy("html/binary-junk.html", dir.resolve("d-junk.html"));
        copy("html/article-en.html", dir.resolve("e-article.html"));
        Files.writeString(dir.resolve("f-users.json"), "{\"users\": [\"a\", \"b\"]}");
        Files.writeString(dir.resolve("g-notes"), "Заметка без расширения: в Шебекино снова отключили свет.");
        copy("warc/crawl.wacz", dir.resolve("h-crawl.wacz"));
        copy("document/zvit-uk.docx", dir.resolve("i-zvit.docx"));
        Files.writeString(dir.resolve(".hidden.txt"), "not collected");

        RecordingSink sink = new RecordingSink();
        inputs.collect(dir, sink);

        assertThat(sink.items()).extracting(Item::kind).containsExactly(
                SourceKind.TELEGRAM, SourceKind.TELEGRAM, SourceKind.TELEGRAM,
                SourceKind.TELEGRAM, SourceKind.TELEGRAM,
                SourceKind.RSS, SourceKind.RSS,
                SourceKind.HTML, SourceKind.TEXT,
                SourceKind.WARC, SourceKind.WARC, SourceKind.WARC, SourceKind.DOCX);
        List<String> problems = sink.messages();
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith(dir.resolve("b-broken/result.json") + " at line ");
        assertThat(problems.get(1)).contains("c-feed.xml at line 24");
        assertThat(problems.get(2)).startsWith(dir.resolve("d-junk.html") + " at offset 0: not a format Frontwatch reads")
                .contains("binary content starting with bytes 00 01 02 ff");
        assertThat(problems.get(3)).startsWith(dir.resolve("f-users.json").toString())
                .contains("JSON that is not a Telegram Desktop export");
    }

    @Test
    void passesOverMediaFilesInAnExportFolder() {
        RecordingSink sink = new RecordingSink();
        inputs.collect(fixture("telegram/export-folder"), sink);

        assertThat(sink.rejected).isEmpty();
        assertThat(sink.items()).extracting(Item::source).containsExactly("Kherson Watch", "Запорізький вісник");
    }

    @Test
    void rejectsAMediaFileNamedDirectly() {
        RecordingSink sink = new RecordingSink();
        Path photo = fixture("telegram/export-folder/chats/chat_01/photos/photo_1@01-04-2024_10-00-00.jpg");
        inputs.collect(photo, sink);

        assertThat(sink.messages()).singleElement().asString().startsWith(photo.toString()).contains("not a format");
    }

    @Test
    void rejectsAnEmptyFileAndAMissingOne(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        RecordingSink sink = new RecordingSink();
        inputs.collect(dir.resolve("empty.txt"), sink);
        inputs.collect(dir.resolve("missing.json"), sink);

        assertThat(sink.messages()).hasSize(2);
        assertThat(sink.messages().get(0)).contains("the file is empty");
        assertThat(sink.messages().get(1)).contains("missing.json").contains("cannot read");
    }

    @Test
    void turnsACollectorCrashIntoARejectionOfThatFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "text");
        Collector crashing = new Collector() {
            @Override
            public String format() {
                return "crashing";
            }

            @Override
            public boolean accepts(InputSample sample) {
                return true;
            }

            @Override
            public void collect(Path path, CollectSink sink) {
                throw new IllegalStateException("bug");
            }
        };
        RecordingSink sink = new RecordingSink();
        new InputCollector(List.of(crashing)).collect(file, sink);

        assertThat(sink.rejected).singleElement().extracting(BadInputException::source).isEqualTo(file.toString());
        assertThat(sink.messages().get(0)).contains("crashing collector failed").contains("bug");
    }

    @Test
    void stopsAndRethrowsWhenTheSinkItselfFailsInsteadOfCallingItBadInput(@TempDir Path dir) throws IOException {
        copy("feed/rss-ru.xml", dir.resolve("a-feed.xml"));
        copy("html/article-en.html", dir.resolve("b-article.html"));
        List<String> seen = new java.util.ArrayList<>();
        CollectSink failing = new CollectSink() {
            @Override
            public void accept(org.frontwatch.model.Collected collected) {
                seen.add(collected.item().title());
                throw new IllegalStateException("disk full");
            }

            @Override
            public void reject(BadInputException problem) {
                seen.add("rejected: " + problem.getMessage());
            }
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inputs.collect(dir, failing))
                .isInstanceOf(IllegalStateException.class).hasMessage("disk full");
        assertThat(seen).containsExactly("Мобилизованные из Иркутской области записали новое обращение");
    }

    @Test
    void collectsFetchedBytesAsAFeedOrAPage() throws IOException {
        RecordingSink sink = new RecordingSink();
        inputs.collect(Files.newInputStream(fixture("feed/atom-uk.xml")), "https://chronicle.example.net/feed.atom",
                "application/atom+xml", sink);
        inputs.collect(Files.newInputStream(fixture("html/article-en.html")), "https://ledger.example.com/a",
                "text/html; charset=utf-8", sink);
        inputs.collect(new java.io.ByteArrayInputStream(new byte[] {0, 1, 2}), "https://x.example/blob",
                "application/octet-stream", sink);

        assertThat(sink.items()).extracting(Item::kind).containsExactly(SourceKind.ATOM, SourceKind.ATOM,
                SourceKind.WEB);
        assertThat(sink.messages()).singleElement().asString().startsWith("https://x.example/blob at offset 0")
                .contains("neither a feed nor an HTML page");
    }

    private String formatOf(Path file) throws IOException {
        return inputs.collectorFor(InputSample.of(file)).map(Collector::format).orElse("none");
    }

    private static void copy(String fixture, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(fixture(fixture), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
