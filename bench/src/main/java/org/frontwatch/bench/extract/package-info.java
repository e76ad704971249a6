/**
 * Extraction throughput: documents and megabytes per second per language, against a Lucene tokenizer baseline; and
 * single-thread CPU time of builds of the extractor compared side by side.
 */
package org.frontwatch.bench.extract;
