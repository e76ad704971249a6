package org.frontwatch.archive.preserve.capture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.html.HtmlCollector;
import org.frontwatch.model.BadInputException;
import org.frontwatch.model.Capture;
import org.frontwatch.model.Collected;
import org.frontwatch.model.Item;
import org.frontwatch.model.SourceKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads the item of a live capture from its final response: HTML through the collector's article reader (falling
 * back to the page's whole text when it finds no article), plain text as text, anything else with empty text.
 * The capture is always the body exactly as received, so that its SHA-256 is the WARC payload digest.
 */
final class PageReader {
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)");

    private final long maxBytes;
    private final HtmlCollector html;

    PageReader(long maxBytes) {
        this.maxBytes = maxBytes;
        this.html = new HtmlCollector(CollectLimits.defaults().withMaxDocumentBytes(maxBytes), Clock.systemUTC());
    }

    Collected read(String requestedUri, RecordedExchange last, Instant capturedAt) {
        String finalUri = last.uri().toString();
        String contentType = last.contentType();
        String mime = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        Optional<String> charset = charset(contentType);
        Capture capture = Capture.of(finalUri, capturedAt, contentType, last.body());
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("requested_uri", requestedUri);
        metadata.put("final_uri", finalUri);
        metadata.put("http_status", Integer.toString(last.status()));
        metadata.put("content_type", contentType);
        metadata.put("server_address", last.address().getHostAddress());
        String source = host(finalUri);
        Item item;
        if (mime.equals("text/html") || mime.equals("application/xhtml+xml")) {
            item = htmlItem(capture, decoded(last), charset, metadata, source);
        } else if (mime.startsWith("text/")) {
            String text = new String(decoded(last), charset.flatMap(PageReader::forName).orElse(StandardCharsets.UTF_8));
            item = new Item(capture.sha256(), SourceKind.WEB, source, finalUri, Optional.empty(), "", text, metadata);
        } else {
            item = new Item(capture.sha256(), SourceKind.WEB, source, finalUri, Optional.empty(), "", "", metadata);
        }
        return new Collected(capture, item);
    }

    private Item htmlItem(Capture capture, byte[] page, Optional<String> charset, Map<String, String> metadata,
                          String source) {
        try {
            Optional<Collected> article = html.read(page, charset, capture.uri(), capture.capturedAt(),
                    capture.contentType(), SourceKind.WEB, metadata);
            if (article.isPresent()) {
                Item read = article.get().item();
                return new Item(capture.sha256(), SourceKind.WEB, read.source(), read.uri(), read.published(),
                        read.title(), read.text(), read.metadata());
            }
        } catch (BadInputException e) {
            metadata.put("read_problem", e.getMessage());
        }
        try {
            Document document = Jsoup.parse(new ByteArrayInputStream(page), charset.orElse(null), capture.uri());
            document.select("script, style, noscript, template").remove();
            return new Item(capture.sha256(), SourceKind.WEB, source, capture.uri(), Optional.empty(),
                    document.title(), document.body() == null ? "" : document.body().text(), metadata);
        } catch (IOException | RuntimeException e) {
            metadata.put("read_problem", "cannot read as HTML: " + e.getMessage());
            return new Item(capture.sha256(), SourceKind.WEB, source, capture.uri(), Optional.empty(), "", "",
                    metadata);
        }
    }

    /** The body with gzip or deflate content coding undone (bounded), for reading text; else the body. */
    private byte[] decoded(RecordedExchange exchange) {
        String coding = exchange.header("content-encoding").orElse("").strip().toLowerCase(Locale.ROOT);
        if (!coding.equals("gzip") && !coding.equals("x-gzip") && !coding.equals("deflate")) {
            return exchange.body();
        }
        try (InputStream in = coding.equals("deflate")
                ? new InflaterInputStream(new ByteArrayInputStream(exchange.body()))
                : new GZIPInputStream(new ByteArrayInputStream(exchange.body()))) {
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new BadInputException(exchange.uri().toString(), "", "decoded body exceeds " + maxBytes
                        + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            return exchange.body();
        }
    }

    private static Optional<String> charset(String contentType) {
        Matcher matcher = CHARSET.matcher(contentType);
        return matcher.find() ? Optional.of(matcher.group(1)).filter(c -> forName(c).isPresent()) : Optional.empty();
    }

    private static Optional<Charset> forName(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static String host(String uri) {
        try {
            String host = URI.create(uri).getHost();
            return host == null ? uri : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return uri;
        }
    }
}
