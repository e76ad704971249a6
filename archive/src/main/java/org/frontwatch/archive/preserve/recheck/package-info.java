/**
 * Recheck: revisits a captured URL and says whether its original is unchanged, changed (with the new capture) or
 * deleted (a 404/410 or a platform's "post not found" page, with the time); storing the status is the caller's.
 */
package org.frontwatch.archive.preserve.recheck;
