package org.frontwatch.model;

/** The register (SQL store or search index) could not be opened, read or written. */
public class StoreException extends FrontwatchException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
