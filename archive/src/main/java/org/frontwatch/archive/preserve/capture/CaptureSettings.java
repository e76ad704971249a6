package org.frontwatch.archive.preserve.capture;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds and manners of a live capture.
 *
 * @param connectTimeout how long to wait for one connection (and TLS handshake)
 * @param totalTimeout   how long the whole capture, all redirects included, may take
 * @param maxBytes       the most bytes one response may have, headers and body
 * @param maxRedirects   how many redirects are followed before the capture is refused
 * @param allowPrivate   whether private, loopback and other special addresses may be fetched
 * @param userAgent      the {@code User-Agent} sent
 */
public record CaptureSettings(Duration connectTimeout, Duration totalTimeout, long maxBytes, int maxRedirects,
                              boolean allowPrivate, String userAgent) {
    public CaptureSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive: " + connectTimeout);
        }
        if (totalTimeout.isNegative() || totalTimeout.isZero()) {
            throw new IllegalArgumentException("totalTimeout must be positive: " + totalTimeout);
        }
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("maxBytes must be positive and fit in an array: " + maxBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        }
        if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
            throw new IllegalArgumentException("userAgent must be printable ASCII: '" + userAgent + "'");
        }
    }

    /** 10 s to connect, 60 s in all, 64 MiB, 5 redirects, public addresses only. */
    public static CaptureSettings defaults() {
        return new CaptureSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), 64L << 20, 5, false,
                "Frontwatch/0.1 (evidence preservation; +https://github.com/frontwatch/frontwatch)");
    }

    public CaptureSettings withAllowPrivate(boolean allow) {
        return new CaptureSettings(connectTimeout, totalTimeout, maxBytes, maxRedirects, allow, userAgent);
    }

    public CaptureSettings withMaxBytes(long bytes) {
        return new CaptureSettings(connectTimeout, totalTimeout, bytes, maxRedirects, allowPrivate, userAgent);
    }

    public CaptureSettings withMaxRedirects(int redirects) {
        return new CaptureSettings(connectTimeout, totalTimeout, maxBytes, redirects, allowPrivate, userAgent);
    }

    public CaptureSettings withTimeouts(Duration connect, Duration total) {
        return new CaptureSettings(connect, total, maxBytes, maxRedirects, allowPrivate, userAgent);
    }
}
