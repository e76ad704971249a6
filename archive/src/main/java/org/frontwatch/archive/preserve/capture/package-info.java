/**
 * Live capture of a URL: fetches over raw HTTP/1.1 with timeouts, a size cap and hand-followed redirects,
 * connecting only to addresses the {@link org.frontwatch.archive.preserve.capture.AddressPolicy} checked after
 * resolution, and keeps the exact request and response bytes for WARC.
 */
package org.frontwatch.archive.preserve.capture;
