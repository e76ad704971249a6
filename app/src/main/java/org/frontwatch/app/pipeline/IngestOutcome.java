package org.frontwatch.app.pipeline;

/** What became of one collected item. */
public enum IngestOutcome {
    /** Preserved, extracted, stored and indexed. */
    STORED,
    /** Already in the register (ids come from content): nothing added. */
    ALREADY_STORED,
    /** Preserved and stored, but extraction failed; the failure is recorded on the item. */
    EXTRACTION_FAILED
}
