/** Bulk load of the job's Parquet output into the PostgreSQL register with COPY, the index rebuild and the batch's custody entries. */
package org.frontwatch.spark.load;
