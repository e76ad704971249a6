package org.frontwatch.archive.preserve.recheck;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.archive.preserve.capture.LiveCapture;
import org.frontwatch.model.ItemStatus;

/**
 * What a recheck found at a captured URL.
 *
 * @param uri       the URL rechecked
 * @param verdict   unchanged, changed or deleted
 * @param checkedAt when the recheck was made: the time of deletion or change as far as Frontwatch knows
 * @param evidence  what the verdict rests on ("same SHA-256", "HTTP 404", "page says 'post not found'")
 * @param capture   the new capture, to be preserved: present when CHANGED, and when DELETED with a page to keep
 */
public record RecheckOutcome(String uri, Verdict verdict, Instant checkedAt, String evidence,
                             Optional<LiveCapture> capture) {
    /** The three findings of a recheck. */
    public enum Verdict {
        /** The original answers with the payload captured last. */
        UNCHANGED,
        /** The original answers with a different payload: a new capture. */
        CHANGED,
        /** The original is gone: 404/410 or a platform's "deleted/unavailable" page. */
        DELETED
    }

    public RecheckOutcome {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(capture, "capture");
        if (verdict == Verdict.CHANGED && capture.isEmpty()) {
            throw new IllegalArgumentException("a CHANGED outcome carries the new capture: " + uri);
        }
    }

    /** The item status this outcome means: ACTIVE, CHANGED or DELETED. */
    public ItemStatus status() {
        return switch (verdict) {
            case UNCHANGED -> ItemStatus.ACTIVE;
            case CHANGED -> ItemStatus.CHANGED;
            case DELETED -> ItemStatus.DELETED;
        };
    }
}
