package org.frontwatch.model;

/** The user asked for something that cannot be done as asked: an unknown option value, a missing file. */
public class UsageException extends FrontwatchException {
    public UsageException(String message) {
        super(message);
    }
}
