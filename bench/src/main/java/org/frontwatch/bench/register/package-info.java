/**
 * Benchmark of the register: load into store and index, tally and search latency, near-duplicate clustering growth,
 * heap.
 */
package org.frontwatch.bench.register;
