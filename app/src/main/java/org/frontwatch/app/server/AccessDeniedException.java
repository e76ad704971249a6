package org.frontwatch.app.server;

import org.frontwatch.model.FrontwatchException;

/**
 * A request that its sender may not make: not signed in ({@code signedIn} false, HTTP 401), or signed in without
 * the role, with a bad CSRF token, from a foreign origin or in read-only public mode (HTTP 403).
 */
public class AccessDeniedException extends FrontwatchException {
    private final boolean signedIn;

    public AccessDeniedException(boolean signedIn, String message) {
        super(message);
        this.signedIn = signedIn;
    }

    public boolean signedIn() {
        return signedIn;
    }
}
