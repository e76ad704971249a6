package org.frontwatch.model;

/** A live capture was refused or failed: a private address without permission, a timeout, a size cap. */
public class CaptureRefusedException extends FrontwatchException {
    public CaptureRefusedException(String message) {
        super(message);
    }

    public CaptureRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
