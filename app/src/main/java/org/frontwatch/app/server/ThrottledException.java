package org.frontwatch.app.server;

import java.time.Duration;
import org.frontwatch.model.FrontwatchException;

/** Too many failed logins from one address or for one account; the caller may retry after a while. */
public class ThrottledException extends FrontwatchException {
    private final Duration retryAfter;

    public ThrottledException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
