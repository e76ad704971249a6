package org.frontwatch.archive.collect.telegram;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.CollectSink;
import org.frontwatch.archive.collect.Collector;
import org.frontwatch.archive.collect.InputSample;
import org.frontwatch.model.BadInputException;

/**
 * Reads Telegram Desktop JSON exports: a single chat's {@code result.json} or a full export whose
 * {@code chats.list[]} (and {@code left_chats.list[]}) hold the chats. Streaming: only one message is in memory
 * at a time, so a 2 GB export needs no more heap than its largest message.
 *
 * <p>Malformed JSON stops the file with a rejection giving line, column, byte offset and JSON pointer, after
 * every message before it has been handed on; a message of the wrong shape is rejected alone.
 */
public final class TelegramExportCollector implements Collector {
    private static final Pattern EXPORT_KEYS = Pattern.compile(
            "\"(messages|chats|personal_information|left_chats)\"\\s*:");

    private final CollectLimits limits;
    private final Clock clock;
    private final JsonFactory jsonFactory;

    public TelegramExportCollector(CollectLimits limits, Clock clock) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.jsonFactory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength((int) Math.min(limits.maxDocumentBytes(), Integer.MAX_VALUE))
                        .build())
                .build();
        this.jsonFactory.setCodec(new ObjectMapper(jsonFactory));
    }

    @Override
    public String format() {
        return "telegram-export";
    }

    @Override
    public boolean accepts(InputSample sample) {
        if (!(sample.hasExtension(".json") || !sample.fileName().contains("."))) {
            return false;
        }
        String head = sample.headText().stripLeading();
        return head.startsWith("{") && EXPORT_KEYS.matcher(head).find();
    }

    @Override
    public void collect(Path file, CollectSink sink) {
        try {
            long size = Files.size(file);
            if (size > limits.maxStreamedFileBytes()) {
                sink.reject(new BadInputException(file.toString(), "", "file is " + size
                        + " bytes, more than the limit of " + limits.maxStreamedFileBytes()));
                return;
            }
        } catch (IOException e) {
            sink.reject(new BadInputException(file.toString(), "", "cannot read: " + e.getMessage(), e));
            return;
        }
        try (JsonParser parser = jsonFactory.createParser(file.toFile());
             FileChannel raw = FileChannel.open(file, StandardOpenOption.READ)) {
            try {
                new TelegramExportWalk(file, parser, raw, sink, clock).walk();
            } catch (JsonProcessingException e) {
                JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                sink.reject(new BadInputException(file.toString(), position(location, parser),
                        "malformed JSON: " + e.getOriginalMessage(), e));
            }
        } catch (BadInputException e) {
            sink.reject(e);
        } catch (IOException e) {
            sink.reject(new BadInputException(file.toString(), "", "cannot read: " + e.getMessage(), e));
        }
    }

    static String position(JsonLocation location, Object processor) {
        StringBuilder position = new StringBuilder();
        if (location != null) {
            position.append("line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr());
            if (location.getByteOffset() >= 0) {
                position.append(", offset ").append(location.getByteOffset());
            }
        }
        if (processor instanceof JsonParser parser && parser.getParsingContext() != null) {
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            position.append(position.length() > 0 ? " " : "").append("(").append(pointer.isEmpty() ? "/" : pointer)
                    .append(")");
        }
        return position.toString();
    }
}
