package org.frontwatch.archive.collect.telegram;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.frontwatch.model.Capture;
import org.frontwatch.model.Collected;
import org.frontwatch.model.Item;
import org.frontwatch.model.SourceKind;

/**
 * Turns one parsed message object into a capture (its raw bytes) and an item. Service messages and messages
 * without text (a photo without caption) are skipped; a message of the wrong shape — no integer {@code id},
 * {@code text} of the wrong type, a {@code date_unixtime} that is not a number — is a {@link WrongShape}.
 */
final class TelegramMessage {
    /** Scalar message fields kept as item metadata under the same names. */
    private static final List<String> KEPT_FIELDS = List.of("date", "date_unixtime", "from", "from_id",
            "author", "forwarded_from", "forwarded_from_id", "saved_from", "edited", "edited_unixtime",
            "reply_to_message_id", "reply_to_peer_id", "via_bot", "photo", "file", "file_name", "thumbnail",
            "media_type", "mime_type", "duration_seconds", "location_information");

    private TelegramMessage() {
    }

    static Optional<Collected> read(JsonNode message, TelegramChat chat, byte[] payload, Instant capturedAt)
            throws WrongShape {
        JsonNode type = message.path("type");
        if (!type.isMissingNode() && !type.isTextual()) {
            throw new WrongShape("\"type\" must be a string, found " + type.getNodeType());
        }
        if (type.asText("message").equals("service")) {
            return Optional.empty();
        }
        long id = messageId(message.path("id"));
        TelegramText text = TelegramText.of(message);
        Optional<Instant> published = unixTime(message.path("date_unixtime"), "date_unixtime");
        unixTime(message.path("edited_unixtime"), "edited_unixtime");
        if (text.plain().isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("message_id", Long.toString(id));
        chat.id().ifPresent(chatId -> metadata.put("chat_id", chatId));
        metadata.put("chat_name", chat.name());
        if (!chat.type().isEmpty()) {
            metadata.put("chat_type", chat.type());
        }
        metadata.put("export_file", chat.exportFile());
        for (String field : KEPT_FIELDS) {
            JsonNode value = message.path(field);
            if (value.isValueNode() && !value.isNull()) {
                metadata.put(field, value.asText());
            } else if (value.isObject() || value.isArray()) {
                metadata.put(field, value.toString());
            }
        }
        text.addTo(metadata);
        String uri = chat.messageUri(id);
        Capture capture = Capture.of(uri, capturedAt, "application/json", payload);
        Item item = new Item(capture.sha256(), SourceKind.TELEGRAM, chat.displayName(), uri, published,
                firstLine(text.plain()), text.plain(), metadata);
        return Optional.of(new Collected(capture, item));
    }

    private static long messageId(JsonNode id) throws WrongShape {
        if (id.isIntegralNumber() && id.canConvertToLong()) {
            return id.asLong();
        }
        if (id.isTextual() && id.asText().matches("-?\\d{1,18}")) {
            return Long.parseLong(id.asText());
        }
        throw new WrongShape(id.isMissingNode() ? "message has no \"id\""
                : "\"id\" must be an integer, found " + id.getNodeType() + " " + id);
    }

    private static Optional<Instant> unixTime(JsonNode value, String field) throws WrongShape {
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        String digits = value.isIntegralNumber() ? value.asText() : value.isTextual() ? value.asText().strip() : "";
        if (!digits.matches("\\d{1,12}")) {
            throw new WrongShape("\"" + field + "\" must be seconds since 1970, found " + value);
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(digits)));
    }

    static String firstLine(String text) {
        String line = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        return line.length() <= 200 ? line : line.substring(0, 200).strip() + "…";
    }

    /** A message whose JSON does not have the shape of a Telegram message. */
    static final class WrongShape extends Exception {
        private static final long serialVersionUID = 1L;

        WrongShape(String message) {
            super(message);
        }
    }
}
