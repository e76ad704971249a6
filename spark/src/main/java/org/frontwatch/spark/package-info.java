/**
 * Scale-out: Frontwatch's own collect, extract and corroborate stages run as an Apache Spark job
 * ({@link org.frontwatch.spark.FrontwatchSparkJob}), writing Parquet that a bulk load puts into the PostgreSQL
 * register; see {@code docs/spark.md}.
 */
package org.frontwatch.spark;
