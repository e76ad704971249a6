/**
 * Preserve: keeps every capture in WARC 1.1 files ({@code warc}), records every action on the evidence in a
 * hash-chained custody log ({@code custody}), captures live URLs safely ({@code capture}), revisits them
 * ({@code recheck}), and proves with {@link org.frontwatch.archive.preserve.Verifier} that nothing was altered.
 */
package org.frontwatch.archive.preserve;
