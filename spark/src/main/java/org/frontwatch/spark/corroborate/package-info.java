/** Near-duplicate clustering and incident building on Spark with the register's own corroboration rules, partitioned by LSH band and time window. */
package org.frontwatch.spark.corroborate;
