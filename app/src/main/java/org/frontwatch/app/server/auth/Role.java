package org.frontwatch.app.server.auth;

import java.util.Locale;

/** What a signed-in person may do; each role may do everything the roles before it may. */
public enum Role {
    /** Reads everything: search, items, incidents, tallies, claims, exports. */
    VIEWER,
    /** Also uploads material for ingest and reviews incidents. */
    ANALYST,
    /** Also manages accounts and API tokens. */
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public static Role parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role: " + name + " (viewer, analyst or admin)", e);
        }
    }
}
