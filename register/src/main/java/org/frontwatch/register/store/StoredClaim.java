package org.frontwatch.register.store;

import java.util.Objects;
import org.frontwatch.model.Claim;

/** A claim as stored: its content-derived id and the item whose sentence carries it. */
public record StoredClaim(String id, String itemId, Claim claim) {
    public StoredClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(claim, "claim");
    }
}
