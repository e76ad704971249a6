package org.frontwatch.archive.preserve.custody;

/** The actions the custody log records, by the word written into each entry's {@code action} field. */
public enum CustodyAction {
    CAPTURED("captured"),
    EXTRACTED("extracted"),
    STATUS_CHANGED("status-changed"),
    REDACTED("redacted"),
    EXPORTED("exported"),
    REPAIRED("repaired"),
    RECHECKED("rechecked");

    private final String word;

    CustodyAction(String word) {
        this.word = word;
    }

    /** The word in the log: {@code captured}, {@code status-changed}… */
    public String word() {
        return word;
    }
}
