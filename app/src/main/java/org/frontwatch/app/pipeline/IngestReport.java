package org.frontwatch.app.pipeline;

import java.util.List;

/**
 * The account of one ingest: how many items were newly stored, were already there, failed extraction, which
 * inputs were rejected (each message names the file and position) and which URL captures were refused.
 */
public record IngestReport(int stored, int alreadyStored, int extractionFailed, List<String> rejected,
                           List<String> refused) {
    public IngestReport {
        rejected = List.copyOf(rejected);
        refused = List.copyOf(refused);
    }

    public int collected() {
        return stored + alreadyStored + extractionFailed;
    }
}
