package org.frontwatch.register.store;

import java.time.Instant;
import java.util.Objects;

/** A user of a shared server. The password hash is computed by the server (a slow hash); the store keeps it. */
public record UserAccount(String name, String passwordHash, UserRole role, Instant created, boolean disabled) {
    public UserAccount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(created, "created");
        if (name.isBlank()) {
            throw new IllegalArgumentException("user name must not be blank: \"" + name + "\"");
        }
    }
}
