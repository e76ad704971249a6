package org.frontwatch.archive.collect.feed;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

import org.jsoup.Jsoup;

import org.frontwatch.archive.collect.BoundedFiles;
import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.CollectSink;
import org.frontwatch.archive.collect.Collector;
import org.frontwatch.archive.collect.InputSample;
import org.frontwatch.archive.collect.html.BlockText;
import org.frontwatch.archive.collect.html.PublicationDates;
import org.frontwatch.model.BadInputException;
import org.frontwatch.model.Capture;
import org.frontwatch.model.Collected;
import org.frontwatch.model.Item;
import org.frontwatch.model.SourceKind;

/**
 * RSS 2.0, RSS 1.0 and Atom feeds, from a file or from bytes fetched at a URL. Each entry becomes an item:
 * title, link, publication date, and text from the full content ({@code content:encoded}, Atom
 * {@code content}) or else the description or summary, with HTML stripped. The capture's URI is the feed's
 * address, its payload the entry's XML. An entry without title or text is rejected alone; malformed XML stops
 * the feed at that line and column, keeping the entries before it.
 */
public final class FeedCollector implements Collector {
    private static final Pattern FEED_ROOT = Pattern.compile(
            "^\\s*(?:<\\?.*?\\?>\\s*|<!--.*?-->\\s*|<!doctype[^>]*>\\s*)*<(?:rss|feed|rdf:rdf)[\\s>]",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern DECLARED_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)");

    private final CollectLimits limits;
    private final Clock clock;

    public FeedCollector(CollectLimits limits, Clock clock) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String format() {
        return "feed";
    }

    @Override
    public boolean accepts(InputSample sample) {
        return sample.looksLikeText() && FEED_ROOT.matcher(sample.headText()).find();
    }

    @Override
    public void collect(Path file, CollectSink sink) {
        try {
            collect(BoundedFiles.readAll(file, limits.maxDocumentBytes()), file.toString(),
                    BoundedFiles.fileUri(file), sink);
        } catch (BadInputException e) {
            sink.reject(e);
        }
    }

    /** Collects a feed fetched from {@code feedUri}; the captures are timed now. */
    public void collect(InputStream feed, String feedUri, CollectSink sink) {
        try {
            collect(BoundedFiles.readAll(feed, feedUri, limits.maxDocumentBytes()), feedUri, feedUri, sink);
        } catch (BadInputException e) {
            sink.reject(e);
        }
    }

    private void collect(byte[] bytes, String source, String feedUri, CollectSink sink) {
        Instant capturedAt = clock.instant();
        String xml = decode(bytes);
        FeedReader reader = new FeedReader(xml, limits.maxNestingDepth());
        SourceKind kind = xml.contains("http://www.w3.org/2005/Atom") ? SourceKind.ATOM : SourceKind.RSS;
        try {
            reader.read(entry -> {
                try {
                    sink.accept(toCollected(entry, reader.feedTitle(), source, feedUri, kind, capturedAt));
                } catch (BadInputException e) {
                    sink.reject(e);
                }
            });
        } catch (XMLStreamException e) {
            Location location = e.getLocation();
            String position = location == null ? "" : "line " + location.getLineNumber() + ", column "
                    + location.getColumnNumber();
            String problem = e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*"
                    + "Message:\\s*", "");
            sink.reject(new BadInputException(source, position, "malformed feed XML: " + problem, e));
        } catch (RuntimeException e) {
            sink.reject(new BadInputException(source, "", "cannot read the feed: " + e, e));
        }
    }

    private static Collected toCollected(FeedEntry entry, String feedTitle, String source, String feedUri,
                                         SourceKind kind, Instant capturedAt) {
        String title = entry.field("title").map(FeedCollector::plainText).orElse("");
        String text = entry.field("encoded", "content", "description", "summary").map(FeedCollector::plainText)
                .orElse(title);
        if (text.isBlank()) {
            throw new BadInputException(source, "line " + entry.line(), "feed entry has neither title nor text");
        }
        if (entry.xml().isEmpty()) {
            throw new BadInputException(source, "line " + entry.line(), "cannot find the entry's own XML");
        }
        Optional<String> link = entry.field("link").or(() -> entry.field("guid", "id")
                .filter(id -> id.startsWith("http://") || id.startsWith("https://")));
        Optional<String> published = entry.field("pubDate", "published", "date", "issued", "updated", "modified");
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("feed_uri", feedUri);
        link.ifPresent(l -> metadata.put("link", l));
        entry.field("guid", "id").ifPresent(id -> metadata.put("guid", id));
        published.ifPresent(p -> metadata.put("published_as_written", p));
        entry.field("creator", "author").ifPresent(author -> metadata.put("author", author.strip()));
        entry.field("category").ifPresent(category -> metadata.put("categories", category));
        Capture capture = Capture.of(feedUri, capturedAt, "application/xml",
                entry.xml().getBytes(StandardCharsets.UTF_8));
        String feedName = !feedTitle.isBlank() ? feedTitle : host(link.orElse(feedUri));
        Item item = new Item(capture.sha256(), kind, feedName, link.orElse(feedUri + "#line-" + entry.line()),
                published.flatMap(PublicationDates::parse), title, text, metadata);
        return new Collected(capture, item);
    }

    private static String plainText(String html) {
        if (!html.contains("<") && !html.contains("&")) {
            return html.strip();
        }
        return BlockText.of(Jsoup.parseBodyFragment(html).body());
    }

    private static String host(String uri) {
        try {
            String host = URI.create(uri).getHost();
            return host == null ? uri : host;
        } catch (IllegalArgumentException notAUri) {
            return uri;
        }
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        String prolog = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED_ENCODING.matcher(prolog);
        Charset charset = StandardCharsets.UTF_8;
        if (declared.find()) {
            try {
                charset = Charset.forName(declared.group(1));
            } catch (IllegalArgumentException unknown) {
                charset = StandardCharsets.UTF_8;
            }
        }
        return new String(bytes, charset);
    }
}
