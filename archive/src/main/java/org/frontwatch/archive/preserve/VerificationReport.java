package org.frontwatch.archive.preserve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Verifier} found: counts of what it re-read and recomputed, and the first bad WARC record and the
 * first bad custody entry, if any.
 *
 * @param warcFiles      WARC files read
 * @param warcRecords    WARC records read and found good
 * @param digests        block and payload digests recomputed and found equal
 * @param custodyEntries custody entries read and found good
 * @param head           the hash of the last good custody entry
 * @param warcFailure    the first bad WARC record, if any
 * @param custodyFailure the first bad custody entry, if any
 */
public record VerificationReport(int warcFiles, long warcRecords, long digests, long custodyEntries, String head,
                                 Optional<VerificationFailure> warcFailure,
                                 Optional<VerificationFailure> custodyFailure) {
    public VerificationReport {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(warcFailure, "warcFailure");
        Objects.requireNonNull(custodyFailure, "custodyFailure");
    }

    /** Whether every record and entry checked out. */
    public boolean ok() {
        return warcFailure.isEmpty() && custodyFailure.isEmpty();
    }

    /** The failures found, WARC first; empty when {@link #ok()}. */
    public List<VerificationFailure> failures() {
        List<VerificationFailure> failures = new ArrayList<>(2);
        warcFailure.ifPresent(failures::add);
        custodyFailure.ifPresent(failures::add);
        return failures;
    }

    /** The report for the command line: {@code OK …} with counts, or {@code BAD} and one line per failure. */
    public String describe() {
        String counts = warcFiles + " WARC files, " + warcRecords + " records, " + digests + " digests; "
                + custodyEntries + " custody entries; head " + head;
        if (ok()) {
            return "OK " + counts;
        }
        StringBuilder text = new StringBuilder("BAD ").append(counts);
        for (VerificationFailure failure : failures()) {
            text.append(System.lineSeparator()).append(failure.describe());
        }
        return text.toString();
    }
}
