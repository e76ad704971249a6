package org.frontwatch.register.store;

import java.time.Instant;
import java.util.Objects;

/** An API token for scripts, stored only as a hash of the token the user was shown once. */
public record ApiToken(String tokenHash, String userName, String label, Instant created, boolean revoked) {
    public ApiToken {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(created, "created");
    }
}
