package org.frontwatch.app.server;

import org.frontwatch.model.FrontwatchException;

/**
 * A request that its sender may not make: either signing in would help (HTTP 401), or it would not — the role is
 * too low, the CSRF token or origin is wrong, or the server runs the read-only public view (HTTP 403).
 */
public class AccessDeniedException extends FrontwatchException {
    private final boolean signingInWouldHelp;

    private AccessDeniedException(boolean signingInWouldHelp, String message) {
        super(message);
        this.signingInWouldHelp = signingInWouldHelp;
    }

    /** HTTP 401: nobody, or an unknown token, asked for something that needs an account. */
    public static AccessDeniedException notSignedIn(String message) {
        return new AccessDeniedException(true, message);
    }

    /** HTTP 403: refused whoever asks. */
    public static AccessDeniedException forbidden(String message) {
        return new AccessDeniedException(false, message);
    }

    public boolean signingInWouldHelp() {
        return signingInWouldHelp;
    }
}
