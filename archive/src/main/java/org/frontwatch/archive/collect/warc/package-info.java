/**
 * WARC files and WACZ packages (as Browsertrix or Bellingcat's auto-archiver make them), read with jwarc: each
 * 2xx {@code response} or {@code resource} record with an HTML or plain-text payload becomes an item with its
 * original {@code WARC-Target-URI} and {@code WARC-Date}; WACZ zips are opened with limits on entries, total
 * size and compression ratio, and path-traversal entry names are rejected.
 */
package org.frontwatch.archive.collect.warc;
