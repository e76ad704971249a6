package org.frontwatch.app.server.auth;

import java.time.Instant;
import java.util.Objects;

/** A person who signs in to the server, with the slow hash of their password. */
public record Account(String name, Role role, String passwordHash, Instant created) {
    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(created, "created");
        if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("account name must be 1-64 letters, digits, '.', '_' or '-': " + name);
        }
    }
}
