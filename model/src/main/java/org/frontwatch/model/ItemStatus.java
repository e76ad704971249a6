package org.frontwatch.model;

/** Whether an item's original is still where it was captured. */
public enum ItemStatus {
    /** Captured and, at the last recheck, unchanged. */
    ACTIVE,
    /** The original now differs from the first capture; both captures are kept. */
    CHANGED,
    /** The original is gone (404/410, a "post deleted" page, a vanished channel); the captures are kept. */
    DELETED,
    /** The item could not be read or extracted; the failure is recorded with it. */
    FAILED
}
