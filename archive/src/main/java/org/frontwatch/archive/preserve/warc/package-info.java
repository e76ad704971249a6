/**
 * WARC evidence: {@link org.frontwatch.archive.preserve.warc.EvidenceArchive} writes each capture as gzip'd
 * WARC 1.1 records with SHA-256 digests into rotating {@code frontwatch-<timestamp>-<seq>.warc.gz} files, once
 * per payload, durably, and reads them back; {@link org.frontwatch.archive.preserve.warc.ArchiveCheck}
 * recomputes every digest.
 */
package org.frontwatch.archive.preserve.warc;
