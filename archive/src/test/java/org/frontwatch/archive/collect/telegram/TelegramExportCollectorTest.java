package org.frontwatch.archive.collect.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.archive.collect.RecordingSink.fixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.InputSample;
import org.frontwatch.archive.collect.RecordingSink;
import org.frontwatch.model.ContentDigest;
import org.frontwatch.model.Item;
import org.frontwatch.model.SourceKind;

class TelegramExportCollectorTest {
    private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");
    private final TelegramExportCollector collector =
            new TelegramExportCollector(CollectLimits.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void readsEachMessageOfASingleChatSkippingServiceAndEmptyMessages() {
        RecordingSink sink = collect(fixture("telegram/single-chat-result.json"));

        assertThat(sink.rejected).isEmpty();
        assertThat(sink.items()).extracting(item -> item.metadata().get("message_id")).containsExactly("2", "3", "4");
        Item first = sink.items().get(0);
        assertThat(first.kind()).isEqualTo(SourceKind.TELEGRAM);
        assertThat(first.source()).isEqualTo("Байкальский дозор");
        assertThat(first.uri()).isEqualTo("tg://channel/1987654321/2");
        assertThat(first.published()).contains(Instant.ofEpochSecond(1707124364));
        assertThat(first.text()).startsWith("Жёны мобилизованных из Иркутской области");
        assertThat(first.metadata()).containsEntry("chat_type", "public_channel").containsEntry("from_id",
                "channel1987654321");
        assertThat(sink.collected.get(0).capture().capturedAt()).isEqualTo(NOW);
    }

    @Test
    void flattensEntityArraysAndKeepsLinksHashtagsAndMentions() {
        Item edited = collect(fixture("telegram/single-chat-result.json")).items().get(1);

        assertThat(edited.text()).isEqualTo("Ещё одно видео: бойцы из Ангарска жалуются, что их держат в подвале. "
                + "Полная запись: https://example.org/video/angarsk-appeal #обращение via @baikal_relatives и расшифровка");
        assertThat(edited.metadata())
                .containsEntry("links", "https://example.org/video/angarsk-appeal\nhttps://example.org/transcripts/17")
                .containsEntry("hashtags", "#обращение")
                .containsEntry("mentions", "@baikal_relatives")
                .containsEntry("edited", "2024-02-06T19:05:10")
                .containsEntry("edited_unixtime", "1707246310");
    }

    @Test
    void keepsForwardReplyAndMediaReferencesAsMetadata() {
        Item forwarded = collect(fixture("telegram/single-chat-result.json")).items().get(2);

        assertThat(forwarded.metadata())
                .containsEntry("forwarded_from", "Люди Байкала")
                .containsEntry("reply_to_message_id", "2")
                .containsEntry("photo", "photos/photo_4@07-02-2024_07-30-00.jpg");
    }

    @Test
    void capturesEachMessageAsItsOwnRawJsonBytes() throws IOException {
        RecordingSink sink = collect(fixture("telegram/single-chat-result.json"));
        String file = Files.readString(fixture("telegram/single-chat-result.json"));

        for (var collected : sink.collected) {
            String raw = new String(collected.capture().payload(), StandardCharsets.UTF_8);
            assertThat(raw).startsWith("{").endsWith("}");
            assertThat(file).contains(raw);
            assertThat(new ObjectMapper().readTree(raw).path("id").asText())
                    .isEqualTo(collected.item().metadata().get("message_id"));
            assertThat(collected.item().id()).isEqualTo(ContentDigest.sha256Hex(collected.capture().payload()));
        }
    }

    @Test
    void readsEveryChatOfAFullExportWithPublicLinksWhenTheChatHasAUsername() {
        RecordingSink sink = collect(fixture("telegram/full-export-result.json"));

        assertThat(sink.rejected).isEmpty();
        assertThat(sink.items()).extracting(Item::uri).containsExactly("https://t.me/donbas_diary_test/101",
                "https://t.me/donbas_diary_test/102", "tg://channel/1777000222/7");
        assertThat(sink.items().get(1).text()).isEqualTo("Втрати противника за добу: близько 900 осіб.");
        assertThat(sink.items().get(1).metadata()).containsEntry("forwarded_from", "Генштаб ЗСУ");
        assertThat(sink.items().get(2).source()).isEqualTo("Frontline Notes");
        assertThat(sink.items().get(2).metadata()).containsEntry("reply_to_message_id", "5")
                .containsEntry("from", "Analyst");
    }

    @Test
    void keepsTheMessagesBeforeTruncationAndNamesWhereTheJsonBreaks() {
        Path truncated = fixture("telegram/truncated-result.json");
        RecordingSink sink = collect(truncated);

        assertThat(sink.items()).extracting(item -> item.metadata().get("message_id")).containsExactly("2", "3");
        assertThat(sink.rejected).hasSize(1);
        assertThat(sink.messages().get(0)).startsWith(truncated.toString() + " at line ")
                .contains("column").contains("/messages/3").contains("malformed JSON");
    }

    @Test
    void rejectsOnlyTheMessagesOfTheWrongShape() {
        Path file = fixture("telegram/wrong-types-result.json");
        RecordingSink sink = collect(file);

        assertThat(sink.items()).extracting(Item::text)
                .containsExactly("Улан-Удэ: семьи собирают деньги на аптечки для батальона.");
        assertThat(sink.messages()).hasSize(5);
        assertThat(sink.messages().get(0)).contains("/messages/0").contains("text must be a string or an array");
        assertThat(sink.messages().get(1)).contains("/messages/1").contains("no \"id\"");
        assertThat(sink.messages().get(2)).contains("/messages/2").contains("date_unixtime");
        assertThat(sink.messages().get(3)).contains("/messages/3").contains("text[1]");
        assertThat(sink.messages().get(4)).contains("/messages/4").contains("must be an object");
        assertThat(sink.rejected).allSatisfy(problem -> assertThat(problem.source()).isEqualTo(file.toString()));
    }

    @Test
    void rejectsTenThousandDeepNestingWithItsPositionAndKeepsEarlierMessages(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("result.json");
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        Files.writeString(file, "{\"name\": \"Deep\", \"id\": 5, \"messages\": [{\"id\": 1, \"text\": \"Первое.\"},"
                + " {\"id\": 2, \"text\": " + deep + "}]}");

        RecordingSink sink = collect(file);

        assertThat(sink.items()).extracting(Item::text).containsExactly("Первое.");
        assertThat(sink.messages()).singleElement().asString().contains("line 1, column").contains("nesting depth");
    }

    @Test
    void recognisesExportsByContentNotByName(@TempDir Path dir) throws IOException {
        byte[] notAnExport = "{\"users\": [1, 2, 3]}".getBytes(StandardCharsets.UTF_8);
        byte[] export = Files.readAllBytes(fixture("telegram/single-chat-result.json"));

        assertThat(collector.accepts(new InputSample(dir.resolve("result.json"), export))).isTrue();
        assertThat(collector.accepts(new InputSample(dir.resolve("export"), export))).isTrue();
        assertThat(collector.accepts(new InputSample(dir.resolve("users.json"), notAnExport))).isFalse();
        assertThat(collector.accepts(new InputSample(dir.resolve("result.html"), export))).isFalse();
    }

    @Test
    void slicesRawMessagesCorrectlyAfterAByteOrderMark(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("result.json");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "{\"name\": \"Ч\", \"id\": 9, \"messages\": [{\"id\": 1, \"text\": \"Тест\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file, java.nio.ByteBuffer.allocate(bom.length + body.length).put(bom).put(body).array());

        RecordingSink sink = collect(file);

        assertThat(sink.rejected).isEmpty();
        assertThat(new String(sink.collected.get(0).capture().payload(), StandardCharsets.UTF_8))
                .isEqualTo("{\"id\": 1, \"text\": \"Тест\"}");
    }

    @Test
    void readsTheSameExportTwiceIntoTheSameIds() {
        assertThat(collect(fixture("telegram/full-export-result.json")).items()).extracting(Item::id)
                .isEqualTo(collect(fixture("telegram/full-export-result.json")).items().stream().map(Item::id).toList());
    }

    private RecordingSink collect(Path file) {
        RecordingSink sink = new RecordingSink();
        collector.collect(file, sink);
        return sink;
    }
}
