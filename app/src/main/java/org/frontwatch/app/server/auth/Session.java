package org.frontwatch.app.server.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in browser: who it is, its synchroniser CSRF token, and when it expires.
 * The session id travels only in an HttpOnly, SameSite=Strict cookie; the CSRF token only in a header.
 */
public record Session(String id, String user, Role role, String csrfToken, Instant expires) {
    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(expires, "expires");
    }
}
