package org.frontwatch.app.server.view;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.model.Claim;

/** A claim with the item it was found in and that item's publication date, for the claims view. */
public record ClaimView(String itemId, Optional<LocalDate> published, String source, Claim claim) {
    public ClaimView {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(claim, "claim");
    }

    public ClaimView withClaim(Claim newClaim) {
        return new ClaimView(itemId, published, source, newClaim);
    }
}
