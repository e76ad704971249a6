package org.frontwatch.archive.preserve;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The first record or entry that failed verification, named so that an investigator can find it.
 *
 * @param file     the WARC file or custody log that holds it (file name only)
 * @param offset   byte offset of the bad WARC record or custody line in that file
 * @param seq      the custody entry's sequence number; empty for WARC records
 * @param expected what the evidence says it should be (a recorded digest or hash); empty when unreadable
 * @param actual   what was recomputed; empty when unreadable
 * @param problem  what is wrong, in words
 */
public record VerificationFailure(String file, long offset, OptionalLong seq, String expected, String actual,
                                  String problem) {
    public VerificationFailure {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(seq, "seq");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(problem, "problem");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }

    /** One line for the command line: file, offset or seq, problem, expected and actual value. */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        seq.ifPresent(s -> text.append(" entry seq ").append(s));
        text.append(" at offset ").append(offset).append(": ").append(problem);
        if (!expected.isEmpty() || !actual.isEmpty()) {
            text.append(" (expected ").append(expected).append(", actual ").append(actual).append(')');
        }
        return text.toString();
    }
}
