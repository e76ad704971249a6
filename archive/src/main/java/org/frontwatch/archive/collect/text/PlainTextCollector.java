package org.frontwatch.archive.collect.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.frontwatch.archive.collect.BoundedFiles;
import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.CollectSink;
import org.frontwatch.archive.collect.Collector;
import org.frontwatch.archive.collect.InputSample;
import org.frontwatch.model.BadInputException;
import org.frontwatch.model.Capture;
import org.frontwatch.model.Collected;
import org.frontwatch.model.Item;
import org.frontwatch.model.SourceKind;

/**
 * Plain-text files: {@code .txt}, {@code .text}, {@code .md}, or a name without extension whose content is
 * text and not markup or JSON. Decoded as UTF-8 when valid, else as Windows-1251 (older Russian and Ukrainian
 * text files); the title is the first non-blank line.
 */
public final class PlainTextCollector implements Collector {
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private final CollectLimits limits;
    private final Clock clock;

    public PlainTextCollector(CollectLimits limits, Clock clock) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public boolean accepts(InputSample sample) {
        if (!sample.looksLikeText()) {
            return false;
        }
        if (sample.hasExtension(".txt", ".text", ".md", ".markdown")) {
            return true;
        }
        String head = sample.headTextTrimmedLowerCase();
        return !sample.fileName().contains(".") && !head.startsWith("<") && !head.startsWith("{")
                && !head.startsWith("[");
    }

    @Override
    public void collect(Path file, CollectSink sink) {
        try {
            byte[] bytes = BoundedFiles.readAll(file, limits.maxDocumentBytes());
            Optional<String> utf8 = strictUtf8(bytes);
            String text = utf8.orElseGet(() -> new String(bytes, WINDOWS_1251)).replace("\uFEFF", "").strip();
            if (text.isEmpty()) {
                sink.reject(new BadInputException(file.toString(), "", "the file has no text"));
                return;
            }
            if (text.indexOf('\0') >= 0) {
                sink.reject(new BadInputException(file.toString(), "offset " + indexOfNul(bytes),
                        "binary content (a NUL byte) in a text file"));
                return;
            }
            String charset = utf8.isPresent() ? "UTF-8" : "windows-1251";
            Capture capture = Capture.of(BoundedFiles.fileUri(file), clock.instant(),
                    "text/plain; charset=" + charset, bytes);
            String title = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("").strip();
            Item item = new Item(capture.sha256(), SourceKind.TEXT, String.valueOf(file.getFileName()),
                    capture.uri(), Optional.empty(), title.length() > 200 ? title.substring(0, 200) : title, text,
                    Map.of("file", file.toString(), "charset", charset));
            sink.accept(new Collected(capture, item));
        } catch (BadInputException e) {
            sink.reject(e);
        }
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
