package org.frontwatch.model;

/** Preserved evidence failed a check: a WARC digest, a custody-log hash or a chain link does not match. */
public class EvidenceException extends FrontwatchException {
    public EvidenceException(String message) {
        super(message);
    }
}
