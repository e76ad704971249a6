package org.frontwatch.archive.collect.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

import org.frontwatch.archive.collect.BoundedFiles;
import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.CollectSink;
import org.frontwatch.archive.collect.html.HtmlCollector;
import org.frontwatch.model.BadInputException;
import org.frontwatch.model.Capture;
import org.frontwatch.model.Collected;
import org.frontwatch.model.Item;
import org.frontwatch.model.SourceKind;

/**
 * Reads the records of one WARC stream. The capture of a record is its HTTP body with transfer and content
 * encodings removed (the entity as the page was served), timed by {@code WARC-Date} and addressed by
 * {@code WARC-Target-URI}. Records that are not web pages or text (requests, metadata, images, scripts,
 * {@code urn:} records, non-2xx responses, pages without text) are passed over; a record that cannot be read
 * is rejected alone; a malformed record header stops the stream, keeping what was read before it.
 */
final class WarcRecords {
    private final CollectLimits limits;
    private final HtmlCollector html;

    WarcRecords(CollectLimits limits, HtmlCollector html) {
        this.limits = limits;
        this.html = html;
    }

    void collect(WarcReader reader, String source, CollectSink sink) {
        reader.setLenient(true);
        while (true) {
            long offset = reader.position();
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                sink.reject(new BadInputException(source, "offset " + offset, "malformed WARC record: "
                        + e.getMessage(), e));
                return;
            }
            if (next.isEmpty()) {
                return;
            }
            WarcRecord record = next.get();
            if (record instanceof WarcResponse || record instanceof WarcResource) {
                Optional<Collected> collected;
                try {
                    collected = read((WarcCaptureRecord) record, source);
                } catch (BadInputException e) {
                    sink.reject(new BadInputException(source, "offset " + record.position(),
                            record.type() + " record: " + e.getMessage(), e));
                    continue;
                } catch (IOException | RuntimeException e) {
                    sink.reject(new BadInputException(source, "offset " + record.position(),
                            "cannot read " + record.type() + " record: " + e.getMessage(), e));
                    continue;
                }
                collected.ifPresent(sink::accept);
            }
        }
    }

    private Optional<Collected> read(WarcCaptureRecord record, String source) throws IOException {
        String target = record.target();
        if (target == null || !(target.startsWith("http://") || target.startsWith("https://"))) {
            return Optional.empty();
        }
        MediaType type;
        MessageBody body;
        Map<String, String> metadata = new LinkedHashMap<>();
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                return Optional.empty();
            }
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299) {
                return Optional.empty();
            }
            metadata.put("http_status", Integer.toString(http.status()));
            type = http.headers().first("Content-Type").map(MediaType::parseLeniently).orElse(MediaType.OCTET_STREAM);
            body = http.bodyDecoded();
        } else {
            type = record.contentType();
            body = record.body();
        }
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        boolean isHtml = base.equals("text/html") || base.equals("application/xhtml+xml");
        if (!isHtml && !base.equals("text/plain")) {
            return Optional.empty();
        }
        byte[] payload;
        try (InputStream in = body.stream()) {
            payload = BoundedFiles.readAll(in, record.target(), limits.maxDocumentBytes());
        }
        metadata.put("warc_file", source);
        metadata.put("warc_offset", Long.toString(record.position()));
        metadata.put("warc_record_id", record.id().toString());
        metadata.put("warc_type", record.type());
        metadata.put("warc_date", record.date().toString());
        Optional<String> charset = Optional.ofNullable(type.parameters().get("charset"));
        if (isHtml) {
            return html.read(payload, charset, target, record.date(), base, SourceKind.WARC, metadata);
        }
        String text = new String(payload, charsetOrUtf8(charset)).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Capture capture = Capture.of(target, record.date(), type.toString(), payload);
        String title = text.lines().findFirst().orElse("").strip();
        return Optional.of(new Collected(capture, new Item(capture.sha256(), SourceKind.WARC,
                host(record), target, Optional.empty(), title.length() > 200 ? title.substring(0, 200) : title,
                text, metadata)));
    }

    private static String host(WarcCaptureRecord record) {
        try {
            String host = record.targetURI().getHost();
            return host == null ? record.target() : host;
        } catch (IllegalArgumentException e) {
            return record.target();
        }
    }

    private static Charset charsetOrUtf8(Optional<String> name) {
        try {
            return name.map(Charset::forName).orElse(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }
}
