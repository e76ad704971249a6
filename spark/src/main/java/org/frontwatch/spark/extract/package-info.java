/** Runs the extract stage's own {@code Extractor} inside {@code mapPartitions}, one extractor per executor thread, and turns each item's extraction into rows. */
package org.frontwatch.spark.extract;
