/** Benchmark of collection: a 100 000-message Telegram export streamed through the collector (and preserve), with messages/s, MB/s and peak heap. */
package org.frontwatch.bench.ingest;
