package org.frontwatch.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The preserved bytes of an item at one moment: what was fetched or read, before anything parsed it.
 * {@code uri} is the original address (a URL, or a {@code tg://}/{@code file:} URI for exported material).
 * The payload array is owned by the capture: callers must not change it.
 */
public record Capture(String uri, Instant capturedAt, String contentType, byte[] payload, String sha256) {
    public Capture {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits: " + sha256);
        }
    }

    /** A capture of {@code payload}, its digest computed here. */
    public static Capture of(String uri, Instant capturedAt, String contentType, byte[] payload) {
        return new Capture(uri, capturedAt, contentType, payload, ContentDigest.sha256Hex(payload));
    }
}
