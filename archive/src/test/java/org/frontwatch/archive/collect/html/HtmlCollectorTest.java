package org.frontwatch.archive.collect.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.archive.collect.RecordingSink.fixture;

import java.io.ByteArrayInputStream;
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
import org.frontwatch.model.ContentDigest;
import org.frontwatch.model.Item;
import org.frontwatch.model.SourceKind;

class HtmlCollectorTest {
    private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");
    private final HtmlCollector collector = new HtmlCollector(CollectLimits.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void keepsTheArticleAndDropsNavigationCookiesSharingRelatedLinksAndFooter() {
        Item item = collectOne(fixture("html/article-en.html"));

        assertThat(item.text()).isEqualTo("""
                Relatives of Irkutsk soldiers ask for their return
                By a staff reporter
                Soldiers called up from the Irkutsk region say they were sent near Avdiivka without training, \
                according to a video their wives published on Tuesday.
                The men serve in the 1,439th regiment, the relatives said. Ukrainian forces are reporting losses of \
                between 600 and 1,000 men a day on this part of the front.
                The defence ministry did not respond to a request for comment.""");
        assertThat(item.text()).doesNotContain("cookies", "Opinion", "Share", "Related", "rights reserved", "analytics");
    }

    @Test
    void readsTitlePublicationDateFromJsonLdSiteNameAndCanonicalAddress() {
        Item item = collectOne(fixture("html/article-en.html"));

        assertThat(item.kind()).isEqualTo(SourceKind.HTML);
        assertThat(item.title()).isEqualTo("Relatives of Irkutsk soldiers ask for their return");
        assertThat(item.published()).contains(Instant.parse("2024-03-08T09:20:00Z"));
        assertThat(item.source()).isEqualTo("The Frontline Ledger");
        assertThat(item.uri()).isEqualTo("https://ledger.example.com/2024/03/irkutsk-appeal");
    }

    @Test
    void findsTheDensestTextBlockWhenThePageMarksNoArticle() {
        Item item = collectOne(fixture("html/density-uk.html"));

        assertThat(item.text()).startsWith("Минулого тижня окупанти вивезли з Енергодара")
                .endsWith("із проханням втрутитися.")
                .doesNotContain("Погода", "розсилку", "Передрук", "Контакти");
        assertThat(item.title()).isEqualTo("Новини Запоріжжя");
        assertThat(item.published()).contains(Instant.parse("2024-04-05T00:00:00Z"));
        assertThat(item.source()).isEqualTo("density-uk.html");
        assertThat(item.metadata()).containsEntry("charset", "windows-1251");
    }

    @Test
    void capturesThePageBytesAsRead() throws Exception {
        Path page = fixture("html/article-en.html");
        RecordingSink sink = new RecordingSink();
        collector.collect(page, sink);

        assertThat(sink.collected.get(0).capture().payload()).isEqualTo(Files.readAllBytes(page));
        assertThat(sink.collected.get(0).capture().uri()).startsWith("file:/").endsWith("article-en.html");
        assertThat(sink.collected.get(0).item().id()).isEqualTo(ContentDigest.sha256Hex(Files.readAllBytes(page)));
    }

    @Test
    void rejectsAPageWithoutArticleText() {
        RecordingSink sink = new RecordingSink();
        collector.collect(fixture("html/empty-page.html"), sink);

        assertThat(sink.collected).isEmpty();
        assertThat(sink.messages()).singleElement().asString().contains("empty-page.html").contains("no article text");
    }

    @Test
    void doesNotAcceptBinaryJunkNamedHtml() throws Exception {
        Path junk = fixture("html/binary-junk.html");

        assertThat(collector.accepts(InputSample.of(junk))).isFalse();
        assertThat(collector.accepts(InputSample.of(fixture("html/article-en.html")))).isTrue();
        assertThat(collector.accepts(new InputSample(Path.of("page"),
                "<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8)))).isTrue();
    }

    @Test
    void collectsAFetchedPageUnderItsAddress() {
        RecordingSink sink = new RecordingSink();
        byte[] page = "<html><body><article><p>Жители Белгорода сообщают о взрывах в районе аэродрома.</p></article></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        collector.collect(new ByteArrayInputStream(page), "https://www.news.example.ru/belgorod/1", sink);

        Item item = sink.items().get(0);
        assertThat(item.kind()).isEqualTo(SourceKind.WEB);
        assertThat(item.source()).isEqualTo("news.example.ru");
        assertThat(item.uri()).isEqualTo("https://www.news.example.ru/belgorod/1");
    }

    private Item collectOne(Path file) {
        RecordingSink sink = new RecordingSink();
        collector.collect(file, sink);
        assertThat(sink.rejected).isEmpty();
        assertThat(sink.collected).hasSize(1);
        return sink.items().get(0);
    }
}
