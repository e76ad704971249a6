package org.frontwatch.spark.load;

/**
 * What a bulk load put into the register.
 *
 * @param derivedFromBatch whether clusters, incidents and claim groups came from the batch (the register held no
 *                         other items) or were recomputed by the register's own rebuild
 * @param indexed          items in the search index after its rebuild
 * @param custodyHead      the custody log's head after the batch's entries
 */
public record LoadSummary(long items, long mentions, long claims, long reports, long failures, long incidents,
                          boolean derivedFromBatch, long indexed, String custodyHead) {
}
