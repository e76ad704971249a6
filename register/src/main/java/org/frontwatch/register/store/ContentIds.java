package org.frontwatch.register.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.frontwatch.model.Claim;
import org.frontwatch.model.ContentDigest;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.Mention;

/**
 * Ids derived from content (FollowTheMoney's {@code make_id}): the same item, type and span always give the same
 * id, so re-running a stage updates rows instead of duplicating them.
 */
public final class ContentIds {
    private ContentIds() {
    }

    /** The first 128 bits of the SHA-256 of the parts joined by a separator that cannot occur in keys, as hex. */
    public static String of(String... parts) {
        MessageDigest digest = ContentDigest.newSha256();
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0x1f);
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    public static String mentionId(String itemId, Mention mention) {
        return of("mention", itemId, mention.type().name(), Integer.toString(mention.span().start()),
                Integer.toString(mention.span().end()));
    }

    public static String claimId(String itemId, Claim claim) {
        return of("claim", itemId, Integer.toString(claim.span().start()), Integer.toString(claim.span().end()),
                claim.figure().unit());
    }

    public static String reportId(String itemId, EventReport report) {
        return of("report", itemId, report.type().name(), Integer.toString(report.span().start()),
                Integer.toString(report.span().end()));
    }
}
