package org.frontwatch.archive.preserve.capture;

import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.model.ContentDigest;

/**
 * One HTTP request and its response exactly as they crossed the wire, for a WARC {@code request} and
 * {@code response} record. The byte arrays are owned by the exchange: callers must not change them.
 *
 * @param uri         the URL fetched in this hop
 * @param address     the address connected to (the one the address policy checked)
 * @param requestedAt when the request was sent
 * @param request     the raw request: request line, headers and blank line
 * @param response    the raw response: status line, headers and body as received (chunked framing kept)
 * @param status      the HTTP status code
 * @param headers     response headers, names in lower case, values in order received
 * @param body        the response payload: the body with any chunked transfer coding removed, content coding
 *                    (gzip…) kept — the bytes {@code WARC-Payload-Digest} covers
 */
public record RecordedExchange(URI uri, InetAddress address, Instant requestedAt, byte[] request, byte[] response,
                               int status, Map<String, List<String>> headers, byte[] body) {
    public RecordedExchange {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("HTTP status must have three digits: " + status);
        }
    }

    /** The first value of response header {@code name} (any case). */
    public Optional<String> header(String name) {
        List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The response's {@code Content-Type}, or {@code application/octet-stream} when it gave none. */
    public String contentType() {
        return header("content-type").map(String::strip).filter(t -> !t.isEmpty())
                .orElse("application/octet-stream");
    }

    /** Whether the status is a redirect (301, 302, 303, 307, 308). */
    public boolean redirect() {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** SHA-256 of {@link #body()} in lowercase hex. */
    public String bodySha256() {
        return ContentDigest.sha256Hex(body);
    }
}
