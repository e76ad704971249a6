/**
 * The first two stages of the pipeline: {@code collect} reads every input format into raw captures and items,
 * {@code preserve} keeps those captures in WARC files under a hash-chained custody log.
 */
package org.frontwatch.archive;
