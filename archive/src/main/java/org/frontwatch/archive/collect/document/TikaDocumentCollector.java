package org.frontwatch.archive.collect.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

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
 * PDF and DOCX files. The capture is the file's bytes; the item's text is what Tika extracts, cut at the
 * text limit (then {@code truncated=true} in the metadata); the title is the document's own, else its first
 * line; the publication time is the document's creation date, when it has one.
 */
public final class TikaDocumentCollector implements Collector {
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final CollectLimits limits;
    private final Clock clock;

    public TikaDocumentCollector(CollectLimits limits, Clock clock) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String format() {
        return "pdf-docx";
    }

    @Override
    public boolean accepts(InputSample sample) {
        return sample.startsWith(PDF_MAGIC) || sample.startsWith(ZIP_MAGIC)
                && (sample.hasExtension(".docx") || sample.headText().contains("word/document.xml"));
    }

    @Override
    public void collect(Path file, CollectSink sink) {
        try {
            byte[] bytes = BoundedFiles.readAll(file, limits.maxDocumentBytes());
            boolean pdf = bytes.length >= PDF_MAGIC.length && bytes[0] == '%' && bytes[1] == 'P';
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, String.valueOf(file.getFileName()));
            BodyContentHandler handler = new BodyContentHandler(limits.maxTextCharacters());
            boolean truncated = parse(file, bytes, handler, metadata);
            String text = handler.toString().lines().map(String::strip).filter(line -> !line.isEmpty())
                    .reduce((a, b) -> a + "\n" + b).orElse("");
            if (text.isEmpty()) {
                sink.reject(new BadInputException(file.toString(), "", "the document has no text (a scan without"
                        + " a text layer?)"));
                return;
            }
            String contentType = Optional.ofNullable(metadata.get(Metadata.CONTENT_TYPE))
                    .orElse(pdf ? "application/pdf" : "application/octet-stream");
            Capture capture = Capture.of(BoundedFiles.fileUri(file), clock.instant(), contentType, bytes);
            Map<String, String> kept = new LinkedHashMap<>();
            kept.put("file", file.toString());
            kept.put("content_type", contentType);
            putIfPresent(kept, "author", metadata.get(TikaCoreProperties.CREATOR));
            putIfPresent(kept, "creator_tool", metadata.get(TikaCoreProperties.CREATOR_TOOL));
            putIfPresent(kept, "modified", metadata.get(TikaCoreProperties.MODIFIED));
            putIfPresent(kept, "pages", metadata.get("xmpTPg:NPages"));
            if (truncated) {
                kept.put("truncated", "true");
            }
            String title = Optional.ofNullable(metadata.get(TikaCoreProperties.TITLE)).map(String::strip)
                    .filter(t -> !t.isEmpty()).orElse(text.lines().findFirst().orElse(""));
            Optional<Instant> created = Optional.ofNullable(metadata.getDate(TikaCoreProperties.CREATED))
                    .map(Date::toInstant);
            sink.accept(new Collected(capture, new Item(capture.sha256(),
                    pdf ? SourceKind.PDF : SourceKind.DOCX, String.valueOf(file.getFileName()), capture.uri(),
                    created, title, text, kept)));
        } catch (BadInputException e) {
            sink.reject(e);
        }
    }

    /** Parses into {@code handler}; true when the text limit cut the text short. */
    private boolean parse(Path file, byte[] bytes, ContentHandler handler, Metadata metadata) {
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, new SkippingEmbeddedDocuments());
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser().parse(in, handler, metadata, context);
            return false;
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return true;
            }
            throw new BadInputException(file.toString(), "", "cannot read as a document: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new BadInputException(file.toString(), "", "document structure nested too deeply", null);
        }
    }

    private static AutoDetectParser parser() {
        return SharedParser.INSTANCE;
    }

    /** Tika's parser takes seconds to set up and is thread-safe: one per JVM, made on first use. */
    private static final class SharedParser {
        static final AutoDetectParser INSTANCE = new AutoDetectParser();
    }

    private static void putIfPresent(Map<String, String> metadata, String key, String value) {
        if (value != null && !value.isBlank()) {
            metadata.put(key, value.strip());
        }
    }
}
