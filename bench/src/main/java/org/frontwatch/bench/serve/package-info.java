/** Load benchmark of the HTTP server: many concurrent clients mixing search, item and tally requests on loopback. */
package org.frontwatch.bench.serve;
