package org.frontwatch.archive.collect.telegram;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Clock;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import org.frontwatch.archive.collect.CollectSink;
import org.frontwatch.model.BadInputException;

/**
 * One pass over one export file: walks the JSON token stream, skips what is not a chat, and turns each message
 * object into a capture whose payload is the message's bytes sliced from the file at the offsets the parser
 * reported. A chat's {@code name}, {@code type}, {@code id} and {@code username} must come before its
 * {@code messages}, as Telegram Desktop writes them; fields after the messages are not applied to them.
 */
final class TelegramExportWalk {
    private final Path file;
    private final JsonParser parser;
    private final FileChannel raw;
    private final CollectSink sink;
    private final Clock clock;

    TelegramExportWalk(Path file, JsonParser parser, FileChannel raw, CollectSink sink, Clock clock) {
        this.file = file;
        this.parser = parser;
        this.raw = raw;
        this.sink = sink;
        this.clock = clock;
    }

    void walk() throws IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            throw shapeError("a Telegram export is a JSON object, found " + describe(first));
        }
        readChatObject(true);
    }

    private void readChatObject(boolean root) throws IOException {
        TelegramChat.Builder chat = new TelegramChat.Builder();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = next();
            switch (field) {
                case "name", "type", "id", "username" -> {
                    if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                        chat.set(field, parser.getText());
                    } else {
                        parser.skipChildren();
                    }
                }
                case "messages" -> readMessages(value, chat.build(file));
                case "chats", "left_chats" -> {
                    if (root && value == JsonToken.START_OBJECT) {
                        readChatList();
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> parser.skipChildren();
            }
        }
        expectEnd(token, JsonToken.END_OBJECT);
    }

    private void readChatList() throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = next();
            if (field.equals("list") && value == JsonToken.START_ARRAY) {
                JsonToken element;
                while ((element = next()) != JsonToken.END_ARRAY) {
                    if (element == JsonToken.START_OBJECT) {
                        readChatObject(false);
                    } else {
                        sink.reject(shapeError("a chat must be an object, found " + describe(element)));
                        parser.skipChildren();
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        expectEnd(token, JsonToken.END_OBJECT);
    }

    private void readMessages(JsonToken value, TelegramChat chat) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            sink.reject(shapeError("\"messages\" must be an array, found " + describe(value)));
            parser.skipChildren();
            return;
        }
        JsonToken element;
        while ((element = next()) != JsonToken.END_ARRAY) {
            String position = TelegramExportCollector.position(parser.currentTokenLocation(), parser);
            if (element != JsonToken.START_OBJECT) {
                sink.reject(new BadInputException(file.toString(), position,
                        "a message must be an object, found " + describe(element)));
                parser.skipChildren();
                continue;
            }
            long start = parser.currentTokenLocation().getByteOffset();
            JsonNode message = parser.readValueAsTree();
            long end = parser.currentTokenLocation().getByteOffset() + 1;
            byte[] payload = slice(start, end);
            try {
                TelegramMessage.read(message, chat, payload, clock.instant()).ifPresent(sink::accept);
            } catch (TelegramMessage.WrongShape e) {
                sink.reject(new BadInputException(file.toString(), position, e.getMessage()));
            }
        }
    }

    private byte[] slice(long start, long end) throws IOException {
        if (start < 0 || end <= start || end - start > Integer.MAX_VALUE - 16) {
            throw new IOException("parser gave no usable byte offsets: " + start + ".." + end);
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) (end - start));
        long at = start;
        while (buffer.hasRemaining()) {
            int read = raw.read(buffer, at);
            if (read < 0) {
                throw new IOException("file ended at offset " + at + " while slicing " + start + ".." + end);
            }
            at += read;
        }
        return buffer.array();
    }

    private JsonToken next() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new com.fasterxml.jackson.core.io.JsonEOFException(parser, null, "unexpected end of input");
        }
        return token;
    }

    private void expectEnd(JsonToken token, JsonToken expected) throws IOException {
        if (token == null) {
            throw new com.fasterxml.jackson.core.io.JsonEOFException(parser, null, "unexpected end of input");
        }
        if (token != expected) {
            throw shapeError("expected " + expected + ", found " + describe(token));
        }
    }

    private BadInputException shapeError(String problem) {
        JsonLocation location = parser.currentTokenLocation();
        return new BadInputException(file.toString(), TelegramExportCollector.position(location, parser), problem);
    }

    private static String describe(JsonToken token) {
        return token == null ? "end of input" : token.asString() == null ? token.name() : token.asString();
    }

}
