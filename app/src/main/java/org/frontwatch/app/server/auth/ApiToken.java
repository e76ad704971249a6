package org.frontwatch.app.server.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token for scripts, acting as its owner. Only the SHA-256 of the secret is kept; the secret is shown once.
 *
 * @param id    a short public identifier, shown in lists and used to revoke the token
 * @param label what the owner said the token is for
 */
public record ApiToken(String id, String owner, String label, String secretSha256, Instant created) {
    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(secretSha256, "secretSha256");
        Objects.requireNonNull(created, "created");
        if (!secretSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("token digest must be a SHA-256 in lowercase hex: " + secretSha256);
        }
    }

    /** The public id of the token whose secret has this SHA-256: its first twelve hex digits. */
    public static String idOf(String secretSha256) {
        return secretSha256.substring(0, 12);
    }
}
