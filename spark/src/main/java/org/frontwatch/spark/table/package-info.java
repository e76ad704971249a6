/** The Parquet tables the Spark job writes — items, mentions, claims, reports, problems — and how model records become their rows and back. */
package org.frontwatch.spark.table;
