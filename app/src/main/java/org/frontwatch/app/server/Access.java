package org.frontwatch.app.server;

import java.util.Optional;
import org.frontwatch.app.server.auth.Role;

/** Who may call a route. In public mode only {@link #OPEN} and {@link #READ} routes answer, anonymously. */
public enum Access {
    /** Anyone: sign-in, the session probe, the OpenAPI document. */
    OPEN,
    /** Viewers and up; in public mode anyone, with redaction. */
    READ,
    /** Analysts and up; never in public mode. */
    ANALYST,
    /** Admins only; never in public mode. */
    ADMIN;

    /** The role a signed-in caller needs, if any. */
    public Optional<Role> requiredRole() {
        return switch (this) {
            case OPEN -> Optional.empty();
            case READ -> Optional.of(Role.VIEWER);
            case ANALYST -> Optional.of(Role.ANALYST);
            case ADMIN -> Optional.of(Role.ADMIN);
        };
    }
}
