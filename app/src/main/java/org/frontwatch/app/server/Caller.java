package org.frontwatch.app.server;

import java.util.Objects;
import java.util.Optional;
import org.frontwatch.app.server.auth.Role;
import org.frontwatch.app.server.auth.Session;

/**
 * Who sent a request: a signed-in browser (with its session), a script with an API token, or nobody.
 * An anonymous caller has no name and no role.
 */
public record Caller(Optional<String> name, Optional<Role> role, Optional<Session> session) {
    public Caller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(session, "session");
    }

    public static Caller anonymous() {
        return new Caller(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean signedIn() {
        return name.isPresent();
    }

    public String nameOrAnonymous() {
        return name.orElse("anonymous");
    }
}
