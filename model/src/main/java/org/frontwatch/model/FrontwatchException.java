package org.frontwatch.model;

/**
 * Root of Frontwatch's one error tree. Every message says what failed and where (file, line, offset, URL);
 * the command line maps each subclass to an exit code in one place, the server to an HTTP status in one place.
 */
public class FrontwatchException extends RuntimeException {
    public FrontwatchException(String message) {
        super(message);
    }

    public FrontwatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
