/** Reads inputs at scale from any Hadoop-compatible path: JSON lines of items line by line, Telegram exports, WARC and other files through the archive's own collectors, one file per task. */
package org.frontwatch.spark.input;
