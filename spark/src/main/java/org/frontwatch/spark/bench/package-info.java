/** The Spark job's benchmark — generated messages on {@code local[1]} and {@code local[2]} against the single-machine pipeline in the same run — and that single-machine reference pipeline. */
package org.frontwatch.spark.bench;
