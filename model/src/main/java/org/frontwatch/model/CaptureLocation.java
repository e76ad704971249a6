package org.frontwatch.model;

import java.util.Objects;

/**
 * Where a capture is preserved: the WARC file (relative to the data directory's {@code warc/} folder), the byte
 * offset of its response or resource record, and the SHA-256 of its payload.
 */
public record CaptureLocation(String warcFile, long offset, String sha256) {
    public CaptureLocation {
        Objects.requireNonNull(warcFile, "warcFile");
        Objects.requireNonNull(sha256, "sha256");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }
}
