package org.frontwatch.archive.collect.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.archive.collect.RecordingSink.fixture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.InputSample;
import org.frontwatch.archive.collect.RecordingSink;
import org.frontwatch.model.Item;
import org.frontwatch.model.SourceKind;

class FeedCollectorTest {
    private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");
    private final FeedCollector collector =
            new FeedCollector(CollectLimits.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void readsRssItemsWithTitleLinkDateAndHtmlStrippedText() {
        RecordingSink sink = collect(fixture("feed/rss-ru.xml"));

        assertThat(sink.items()).hasSize(2);
        Item first = sink.items().get(0);
        assertThat(first.kind()).isEqualTo(SourceKind.RSS);
        assertThat(first.source()).isEqualTo("Сибирский репортёр");
        assertThat(first.title()).isEqualTo("Мобилизованные из Иркутской области записали новое обращение");
        assertThat(first.uri()).isEqualTo("https://reporter.example.org/news/2024/03/obrashchenie");
        assertThat(first.published()).contains(Instant.parse("2024-03-08T06:15:00Z"));
        assertThat(first.text()).isEqualTo("Бойцы 1439-го полка просят вернуть их из-под Авдеевки.\n"
                + "Видео опубликовали родственники.");
        assertThat(first.metadata()).containsEntry("guid", "reporter-4411").containsEntry("author", "Редакция")
                .containsEntry("categories", "Армия");
    }

    @Test
    void prefersFullContentOverDescriptionAndDropsScripts() {
        Item second = collect(fixture("feed/rss-ru.xml")).items().get(1);

        assertThat(second.text()).isEqualTo("Жёны военных из Ангарска пикетировали администрацию.\n"
                + "Они требуют ротации мужей.");
    }

    @Test
    void rejectsAnEntryWithoutTitleOrTextAlone() {
        RecordingSink sink = collect(fixture("feed/rss-ru.xml"));

        assertThat(sink.messages()).singleElement().asString().contains("rss-ru.xml at line 24")
                .contains("neither title nor text");
    }

    @Test
    void capturesEachEntryAsItsOwnXml() throws IOException {
        RecordingSink sink = collect(fixture("feed/atom-uk.xml"));
        String feed = Files.readString(fixture("feed/atom-uk.xml"));

        assertThat(sink.collected).hasSize(2).allSatisfy(collected -> {
            String xml = new String(collected.capture().payload(), StandardCharsets.UTF_8);
            assertThat(xml).startsWith("<entry>").endsWith("</entry>");
            assertThat(feed).contains(xml);
        });
    }

    @Test
    void readsAtomEntriesWithAlternateLinkAndEscapedHtmlContent() {
        RecordingSink sink = collect(fixture("feed/atom-uk.xml"));

        assertThat(sink.rejected).isEmpty();
        Item port = sink.items().get(0);
        assertThat(port.kind()).isEqualTo(SourceKind.ATOM);
        assertThat(port.source()).isEqualTo("Херсонська хроніка");
        assertThat(port.uri()).isEqualTo("https://chronicle.example.net/2024/04/port");
        assertThat(port.published()).contains(Instant.parse("2024-04-01T18:30:00Z"));
        assertThat(port.text()).isEqualTo("У ніч на 2 квітня окупанти обстріляли річковий порт.\nЗагиблих немає.");
        assertThat(port.metadata()).containsEntry("categories", "обстріли").containsEntry("author", "Олена Коваль");
        Item evacuation = sink.items().get(1);
        assertThat(evacuation.uri()).isEqualTo("https://chronicle.example.net/en/2024/04/evacuation");
        assertThat(evacuation.published()).contains(Instant.parse("2024-04-02T09:00:00Z"));
        assertThat(evacuation.text()).isEqualTo("Volunteers moved 37 people across the Dnipro overnight.");
    }

    @Test
    void keepsEntriesBeforeMalformedXmlAndNamesLineAndColumn() {
        Path broken = fixture("feed/broken-rss-en.xml");
        RecordingSink sink = collect(broken);

        assertThat(sink.items()).extracting(Item::title).containsExactly("Belgorod region reports new evacuations");
        assertThat(sink.messages()).singleElement().asString()
                .startsWith(broken + " at line 12, column").contains("malformed feed XML");
    }

    @Test
    void neverResolvesExternalEntities() {
        RecordingSink sink = collect(fixture("feed/xxe-rss.xml"));
        String hostname = readHostname();

        for (Item item : sink.items()) {
            assertThat(item.title() + item.text()).doesNotContain(hostname);
        }
        assertThat(sink.collected.size() + sink.rejected.size()).isPositive();
    }

    @Test
    void decodesTheEncodingTheFeedDeclares() {
        Item item = collect(fixture("feed/rss-windows-1251.xml")).items().get(0);

        assertThat(item.source()).isEqualTo("Старая лента");
        assertThat(item.text()).isEqualTo("Жители Шебекино сообщают об обстреле.");
    }

    @Test
    void collectsAFeedFetchedAsBytes() throws IOException {
        RecordingSink sink = new RecordingSink();
        byte[] bytes = Files.readAllBytes(fixture("feed/atom-uk.xml"));

        collector.collect(new ByteArrayInputStream(bytes), "https://chronicle.example.net/feed.atom", sink);

        assertThat(sink.collected).hasSize(2).allSatisfy(collected -> {
            assertThat(collected.capture().uri()).isEqualTo("https://chronicle.example.net/feed.atom");
            assertThat(collected.capture().capturedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void recognisesFeedsButNotHtml() {
        Path any = Path.of("x");
        assertThat(collector.accepts(new InputSample(any, "<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">"
                .getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(collector.accepts(new InputSample(any, "<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                .getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(collector.accepts(new InputSample(any, "<!doctype html><html><body>feed</body></html>"
                .getBytes(StandardCharsets.UTF_8)))).isFalse();
    }

    private static String readHostname() {
        try {
            return Files.readString(Path.of("/etc/hostname")).strip();
        } catch (IOException e) {
            return "\u0000no hostname file\u0000";
        }
    }

    private RecordingSink collect(Path file) {
        RecordingSink sink = new RecordingSink();
        collector.collect(file, sink);
        return sink;
    }
}
