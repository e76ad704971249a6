package org.frontwatch.archive.collect.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

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
 * Saved HTML pages and fetched HTML bodies. The capture is the page's bytes as read; the item's text is the
 * article without boilerplate ({@link ArticleReader}); its source is the site name the page gives, else the
 * host of its address, else the file name. A page without any article text is rejected.
 */
public final class HtmlCollector implements Collector {
    private final CollectLimits limits;
    private final Clock clock;
    private final ArticleReader articles = new ArticleReader();

    public HtmlCollector(CollectLimits limits, Clock clock) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public boolean accepts(InputSample sample) {
        if (!sample.looksLikeText()) {
            return false;
        }
        if (sample.hasExtension(".html", ".htm", ".xhtml", ".shtml")) {
            return true;
        }
        String head = sample.headTextTrimmedLowerCase();
        return head.startsWith("<!doctype html") || head.startsWith("<html")
                || head.startsWith("<") && (head.contains("<body") || head.contains("<head"));
    }

    @Override
    public void collect(Path file, CollectSink sink) {
        try {
            byte[] page = BoundedFiles.readAll(file, limits.maxDocumentBytes());
            Map<String, String> metadata = Map.of("file", file.toString());
            read(page, Optional.empty(), BoundedFiles.fileUri(file), clock.instant(), "text/html", SourceKind.HTML,
                    metadata)
                    .ifPresentOrElse(sink::accept, () -> sink.reject(new BadInputException(file.toString(), "",
                            "the page has no article text")));
        } catch (BadInputException e) {
            sink.reject(e);
        }
    }

    /** Collects a fetched HTML body: {@code uri} is where it was fetched, the capture is timed now. */
    public void collect(InputStream body, String uri, CollectSink sink) {
        try {
            byte[] page = BoundedFiles.readAll(body, uri, limits.maxDocumentBytes());
            read(page, Optional.empty(), uri, clock.instant(), "text/html", SourceKind.WEB, Map.of())
                    .ifPresentOrElse(sink::accept, () -> sink.reject(new BadInputException(uri, "",
                            "the page has no article text")));
        } catch (BadInputException e) {
            sink.reject(e);
        }
    }

    /**
     * Reads one HTML page into a capture of {@code page} and an item, or empty when the page has no article
     * text. {@code charset} is the one the server declared, if any and if Java knows it; otherwise the page's
     * own declaration or UTF-8. {@code contentType} is the capture's; {@code metadata} is added to the item's.
     */
    public Optional<Collected> read(byte[] page, Optional<String> charset, String captureUri, Instant capturedAt,
                                    String contentType, SourceKind kind, Map<String, String> metadata) {
        Document document;
        try {
            String base = captureUri.startsWith("http") ? captureUri : "";
            String declared = charset.filter(HtmlCollector::isSupported).orElse(null);
            document = Jsoup.parse(new ByteArrayInputStream(page), declared, base);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(captureUri, "", "cannot read as HTML: " + e.getMessage(), e);
        }
        Article article = articles.read(document);
        if (article.text().isBlank()) {
            return Optional.empty();
        }
        String uri = article.canonicalUrl().orElse(captureUri);
        Map<String, String> itemMetadata = new LinkedHashMap<>(metadata);
        article.siteName().ifPresent(name -> itemMetadata.put("site_name", name));
        article.canonicalUrl().ifPresent(url -> itemMetadata.put("canonical_url", url));
        if (!document.charset().name().isEmpty()) {
            itemMetadata.put("charset", document.charset().name());
        }
        Capture capture = Capture.of(captureUri, capturedAt, contentType, page);
        Item item = new Item(capture.sha256(), kind, source(article, uri, metadata), uri, article.published(),
                article.title(), article.text(), itemMetadata);
        return Optional.of(new Collected(capture, item));
    }

    private static boolean isSupported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException badName) {
            return false;
        }
    }

    private static String source(Article article, String uri, Map<String, String> metadata) {
        if (article.siteName().isPresent()) {
            return article.siteName().get();
        }
        try {
            String host = URI.create(uri).getHost();
            if (host != null && !host.isEmpty()) {
                return host.startsWith("www.") ? host.substring(4) : host;
            }
        } catch (IllegalArgumentException notAUri) {
            // fall through to the file name
        }
        String file = metadata.getOrDefault("file", uri);
        return file.substring(file.lastIndexOf('/') + 1);
    }
}
