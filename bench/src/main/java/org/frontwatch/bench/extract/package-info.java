/** Extraction throughput: documents and megabytes per second per language, against a Lucene tokenizer baseline. */
package org.frontwatch.bench.extract;
