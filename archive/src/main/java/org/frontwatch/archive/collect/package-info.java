/**
 * Collect: reads each input format (one sub-package per format) into {@link org.frontwatch.model.Collected}
 * pairs of raw capture and item, chosen by {@link org.frontwatch.archive.collect.InputCollector} from the file's
 * name and first bytes; every bad input is rejected with file and position and the batch goes on.
 */
package org.frontwatch.archive.collect;
