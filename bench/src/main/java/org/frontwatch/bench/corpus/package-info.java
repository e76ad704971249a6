/**
 * Generated corpora shared by several benchmarks: the register benchmark and the server load benchmark read the same
 * items, so their figures describe the same data.
 */
package org.frontwatch.bench.corpus;
