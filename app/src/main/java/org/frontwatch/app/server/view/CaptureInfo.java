package org.frontwatch.app.server.view;

import java.time.Instant;
import java.util.Objects;

/**
 * Provenance of one preserved capture of an item: where it was fetched, when, and the SHA-256 of its payload.
 *
 * @param index position of the capture among the item's captures, oldest first; the download address uses it
 */
public record CaptureInfo(int index, String uri, Instant capturedAt, String contentType, String sha256, long size) {
    public CaptureInfo {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
        if (index < 0) {
            throw new IllegalArgumentException("capture index must not be negative: " + index);
        }
        if (size < 0) {
            throw new IllegalArgumentException("capture size must not be negative: " + size);
        }
    }
}
