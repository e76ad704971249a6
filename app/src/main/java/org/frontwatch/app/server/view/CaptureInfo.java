package org.frontwatch.app.server.view;

import java.time.Instant;
import java.util.Objects;

/**
 * Provenance of one preserved capture of an item: where it was fetched, when, the SHA-256 of its payload, and the
 * WARC record that holds it.
 *
 * @param index position of the capture among the item's captures, oldest first; the download address uses it
 */
public record CaptureInfo(int index, String uri, Instant capturedAt, String contentType, String sha256,
                          String warcFile, long warcOffset) {
    public CaptureInfo {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(warcFile, "warcFile");
        if (index < 0) {
            throw new IllegalArgumentException("capture index must not be negative: " + index);
        }
        if (warcOffset < 0) {
            throw new IllegalArgumentException("WARC offset must not be negative: " + warcOffset);
        }
    }
}
