package org.frontwatch.archive.preserve.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.frontwatch.archive.preserve.capture.LiveCapture;
import org.frontwatch.archive.preserve.capture.RecordedExchange;
import org.frontwatch.model.Collected;
import org.frontwatch.model.ContentDigest;
import org.frontwatch.model.Item;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Renders one capture as a group of gzip'd WARC 1.1 records in memory, so that the archive can append the whole
 * group with one write: the payload record ({@code resource}, or {@code response}+{@code request} per HTTP hop)
 * and last a {@code metadata} record that refers to it and names the item. A group is whole when its metadata
 * record is; {@link ArchiveScan} relies on that order.
 */
final class CaptureRecords {
    static final String ITEM_ID_FIELD = "item-id";
    /** Digests are written as {@code sha256:} and lowercase hex, the form {@code sha256sum} prints. */
    private static final String SHA256 = "sha256:";

    /** The records' bytes and the offset, within them, of the record that holds the captured payload. */
    record Group(byte[] bytes, long payloadRecordOffset) {
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    private final WarcWriter writer;

    private CaptureRecords() throws IOException {
        writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP);
    }

    static Group of(Collected collected) throws IOException {
        CaptureRecords records = new CaptureRecords();
        var capture = collected.capture();
        WarcResource resource = new WarcResource.Builder()
                .version(MessageVersion.WARC_1_1)
                .setHeader("WARC-Target-URI", headerSafe(capture.uri()))
                .date(capture.capturedAt())
                .body(mediaType(capture.contentType()), capture.payload())
                .setHeader("WARC-Block-Digest", SHA256 + capture.sha256())
                .setHeader("WARC-Payload-Digest", SHA256 + capture.sha256())
                .build();
        long offset = records.write(resource);
        records.write(metadata(collected, resource));
        return new Group(records.out.toByteArray(), offset);
    }

    static Group of(LiveCapture live) throws IOException {
        CaptureRecords records = new CaptureRecords();
        WarcResponse last = null;
        long offset = 0;
        for (RecordedExchange exchange : live.exchanges()) {
            WarcResponse response = new WarcResponse.Builder(exchange.uri())
                    .version(MessageVersion.WARC_1_1)
                    .date(exchange.requestedAt())
                    .ipAddress(exchange.address())
                    .body(MediaType.HTTP_RESPONSE, exchange.response())
                    .setHeader("WARC-Block-Digest", SHA256 + ContentDigest.sha256Hex(exchange.response()))
                    .setHeader("WARC-Payload-Digest", SHA256 + exchange.bodySha256())
                    .build();
            WarcRequest request = new WarcRequest.Builder(exchange.uri())
                    .version(MessageVersion.WARC_1_1)
                    .date(exchange.requestedAt())
                    .ipAddress(exchange.address())
                    .concurrentTo(response.id())
                    .body(MediaType.HTTP_REQUEST, exchange.request())
                    .setHeader("WARC-Block-Digest", SHA256 + ContentDigest.sha256Hex(exchange.request()))
                    .build();
            offset = records.write(response);
            records.write(request);
            last = response;
        }
        records.write(metadata(live.collected(), last));
        return new Group(records.out.toByteArray(), offset);
    }

    /** The {@code warcinfo} record that opens each file. */
    static byte[] warcinfo(String fileName, Instant time) throws IOException {
        CaptureRecords records = new CaptureRecords();
        byte[] fields = fields(Map.of("software", "Frontwatch", "format", "WARC File Format 1.1",
                "conformsTo", "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"));
        records.write(new Warcinfo.Builder()
                .version(MessageVersion.WARC_1_1)
                .date(time)
                .filename(fileName)
                .body(MediaType.WARC_FIELDS, fields)
                .setHeader("WARC-Block-Digest", SHA256 + ContentDigest.sha256Hex(fields))
                .build());
        return records.out.toByteArray();
    }

    private long write(WarcRecord record) throws IOException {
        long offset = out.size();
        writer.write(record);
        return offset;
    }

    private static WarcMetadata metadata(Collected collected, WarcRecord payloadRecord) {
        Item item = collected.item();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ITEM_ID_FIELD, item.id());
        values.put("item-kind", item.kind().name());
        values.put("item-source", item.source());
        values.put("item-uri", item.uri());
        item.published().ifPresent(p -> values.put("item-published", p.toString()));
        item.metadata().forEach((key, value) -> values.put("item-meta-" + fieldName(key), value));
        byte[] fields = fields(values);
        URI payloadId = payloadRecord.id();
        return new WarcMetadata.Builder()
                .version(MessageVersion.WARC_1_1)
                .setHeader("WARC-Target-URI", headerSafe(collected.capture().uri()))
                .date(collected.capture().capturedAt())
                .concurrentTo(payloadId)
                .setHeader("WARC-Refers-To", "<" + payloadId + ">")
                .body(MediaType.WARC_FIELDS, fields)
                .setHeader("WARC-Block-Digest", SHA256 + ContentDigest.sha256Hex(fields))
                .build();
    }

    private static byte[] fields(Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((name, value) -> text.append(name).append(": ").append(headerSafe(value)).append("\r\n"));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static MediaType mediaType(String contentType) {
        String clean = headerSafe(contentType);
        try {
            return MediaType.parse(clean);
        } catch (IllegalArgumentException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    /** A header value cannot break the record: control characters become spaces. */
    private static String headerSafe(String value) {
        StringBuilder clean = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            clean.append(c < 0x20 || c == 0x7F ? ' ' : c);
        }
        return clean.toString().strip();
    }

    private static String fieldName(String key) {
        String name = key.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() ? "_" : name;
    }
}
