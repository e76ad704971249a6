package org.frontwatch.spark.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.frontwatch.model.BadInputException;
import org.frontwatch.model.Collected;
import org.frontwatch.model.ContentDigest;
import org.frontwatch.model.SourceKind;
import org.junit.jupiter.api.Test;

class JsonLinesItemReaderTest {
    private static final Instant BATCH = Instant.parse("2024-01-02T03:04:05Z");
    private final JsonLinesItemReader reader = new JsonLinesItemReader(Clock.fixed(BATCH, ZoneOffset.UTC));

    @Test
    void readsAnItemWhoseIdIsTheDigestOfTheLine() {
        String line = "{\"kind\":\"telegram\",\"source\":\"Volga Wives 2\",\"uri\":\"https://t.me/volga_wives_2/7\","
                + "\"published\":\"2023-03-08T09:14:00Z\",\"text\":\"Мужей из Самарской области отправили под "
                + "Угледар.\",\"metadata\":{\"forwarded_from\":\"Frontline Digest 1\"}}";

        Collected collected = reader.read(line, "file:/batch/items.jsonl", "offset 0");

        assertThat(collected.item().id()).isEqualTo(ContentDigest.sha256Hex(line.getBytes(StandardCharsets.UTF_8)));
        assertThat(collected.item().kind()).isEqualTo(SourceKind.TELEGRAM);
        assertThat(collected.item().published()).contains(Instant.parse("2023-03-08T09:14:00Z"));
        assertThat(collected.item().metadata()).containsEntry("forwarded_from", "Frontline Digest 1");
        assertThat(collected.capture().capturedAt()).isEqualTo(BATCH);
    }

    @Test
    void namesFileAndOffsetOfMalformedJson() {
        assertThatThrownBy(() -> reader.read("{\"source\": ", "file:/batch/items.jsonl", "offset 4096"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("file:/batch/items.jsonl at offset 4096")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void rejectsALineWithoutText() {
        assertThatThrownBy(() -> reader.read("{\"source\":\"a\",\"uri\":\"b\"}", "items.jsonl", "offset 9"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("\"text\" must be a string");
    }

    @Test
    void rejectsAPublicationTimeThatIsNotAnInstant() {
        assertThatThrownBy(() -> reader.read("{\"source\":\"a\",\"uri\":\"b\",\"text\":\"c\",\"published\":"
                + "\"8 March\"}", "items.jsonl", "offset 0"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("8 March");
    }
}
