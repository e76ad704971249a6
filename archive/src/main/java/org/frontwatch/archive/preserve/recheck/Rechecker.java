package org.frontwatch.archive.preserve.recheck;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.archive.preserve.capture.LiveCapture;
import org.frontwatch.archive.preserve.capture.UrlCapturer;
import org.frontwatch.model.CaptureRefusedException;
import org.frontwatch.model.Item;

/**
 * Revisits a captured URL and compares: 404 or 410, or a page showing one of the host's
 * {@link DeletionMarkers}, means DELETED; the same payload SHA-256 means UNCHANGED; any other 2xx payload means
 * CHANGED. Pure of the store: the caller preserves the new capture and records the status and a custody entry.
 * Other statuses (403, 429, 5xx) prove nothing and are thrown as {@link CaptureRefusedException}, as are network
 * failures, so that a flaky site is never marked deleted.
 */
public final class Rechecker {
    private final UrlCapturer capturer;
    private final DeletionMarkers markers;
    private final Clock clock;

    public Rechecker(UrlCapturer capturer) {
        this(capturer, DeletionMarkers.standard(), Clock.systemUTC());
    }

    public Rechecker(UrlCapturer capturer, DeletionMarkers markers, Clock clock) {
        this.capturer = Objects.requireNonNull(capturer, "capturer");
        this.markers = Objects.requireNonNull(markers, "markers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Re-fetches {@code uri} and compares it with the payload captured last.
     *
     * @param lastPayloadSha256 SHA-256 (lowercase hex) of the payload captured last
     */
    public RecheckOutcome recheck(String uri, String lastPayloadSha256) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(lastPayloadSha256, "lastPayloadSha256");
        LiveCapture capture = capturer.capture(uri);
        int status = capture.status();
        if (status == 404 || status == 410) {
            return new RecheckOutcome(uri, RecheckOutcome.Verdict.DELETED, clock.instant(), "HTTP " + status,
                    Optional.of(capture));
        }
        if (status < 200 || status > 299) {
            throw new CaptureRefusedException(uri + ": recheck got HTTP " + status + ", which proves neither"
                    + " presence nor deletion; try again later");
        }
        Item page = capture.collected().item();
        Optional<String> marker = markers.find(capture.last().uri().toString(), page.title() + "\n" + page.text());
        if (marker.isPresent()) {
            return new RecheckOutcome(uri, RecheckOutcome.Verdict.DELETED, clock.instant(),
                    "page says '" + marker.get() + "'", Optional.of(capture));
        }
        String sha256 = capture.collected().capture().sha256();
        if (sha256.equals(lastPayloadSha256)) {
            return new RecheckOutcome(uri, RecheckOutcome.Verdict.UNCHANGED, clock.instant(),
                    "same SHA-256 " + sha256, Optional.empty());
        }
        return new RecheckOutcome(uri, RecheckOutcome.Verdict.CHANGED, clock.instant(),
                "SHA-256 " + lastPayloadSha256 + " became " + sha256, Optional.of(capture));
    }
}
