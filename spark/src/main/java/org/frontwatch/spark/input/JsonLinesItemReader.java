package org.frontwatch.spark.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.model.BadInputException;
import org.frontwatch.model.Capture;
import org.frontwatch.model.Collected;
import org.frontwatch.model.Item;
import org.frontwatch.model.SourceKind;

/**
 * Reads one line of a JSON-lines file of items — the bulk format of archives that already hold messages as
 * records — into a capture and an item. A line is one JSON object:
 *
 * <pre>{"kind": "TELEGRAM", "source": "Oko Frontu", "uri": "https://t.me/okofrontu/812",
 *  "published": "2023-03-08T09:14:00Z", "title": "", "text": "…", "metadata": {"message_id": "812"}}</pre>
 *
 * <p>{@code source}, {@code uri} and {@code text} are required; {@code kind} defaults to {@code TEXT},
 * {@code title} to empty, {@code captured} (an ISO instant) to the reader's clock. The line's UTF-8 bytes are
 * the capture payload, so the item id is the SHA-256 of the line as written. Lines are independent, which is
 * what lets Spark split a file of millions of them across tasks.
 */
public final class JsonLinesItemReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;

    public JsonLinesItemReader(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether a line holds nothing to read (blank): such lines are passed over, not rejected. */
    public static boolean isBlank(String line) {
        return line.isBlank();
    }

    /**
     * The item on {@code line}, read from {@code file}; {@code position} names the line for messages
     * ("line 12" or "offset 4096").
     *
     * @throws BadInputException when the line is not a JSON object of the documented shape
     */
    public Collected read(String line, String file, String position) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadInputException(file, position, "malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new BadInputException(file, position, "a line must hold one JSON object");
        }
        String source = required(node, "source", file, position);
        String uri = required(node, "uri", file, position);
        String text = required(node, "text", file, position);
        SourceKind kind = kind(node, file, position);
        Optional<Instant> published = instant(node, "published", file, position);
        Instant captured = instant(node, "captured", file, position).orElseGet(clock::instant);
        byte[] payload = line.getBytes(StandardCharsets.UTF_8);
        Capture capture = Capture.of(uri, captured, "application/json", payload);
        Item item = new Item(capture.sha256(), kind, source, uri, published, optionalText(node, "title"), text,
                metadata(node, file, position));
        return new Collected(capture, item);
    }

    private static String required(JsonNode node, String field, String file, String position) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new BadInputException(file, position, "\"" + field + "\" must be a string");
        }
        return value.textValue();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : "";
    }

    private static SourceKind kind(JsonNode node, String file, String position) {
        JsonNode value = node.get("kind");
        if (value == null || value.isNull()) {
            return SourceKind.TEXT;
        }
        try {
            return SourceKind.valueOf(value.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, position, "unknown \"kind\": " + value.asText(), e);
        }
    }

    private static Optional<Instant> instant(JsonNode node, String field, String file, String position) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.asText()));
        } catch (DateTimeParseException e) {
            throw new BadInputException(file, position, "\"" + field + "\" is not an ISO instant: " + value.asText(),
                    e);
        }
    }

    private static Map<String, String> metadata(JsonNode node, String file, String position) {
        JsonNode value = node.get("metadata");
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw new BadInputException(file, position, "\"metadata\" must be an object of strings");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        value.properties().forEach(field -> metadata.put(field.getKey(), field.getValue().asText()));
        return metadata;
    }
}
