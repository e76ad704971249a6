package org.frontwatch.archive.preserve;

import java.nio.file.Path;
import org.frontwatch.archive.preserve.custody.ChainCheck;
import org.frontwatch.archive.preserve.warc.ArchiveCheck;

/**
 * Proves the evidence unaltered: re-reads every WARC record and recomputes its block and payload digests, and
 * re-reads every custody entry and recomputes the hash chain. Read-only; safe to run while the archive is open.
 */
public final class Verifier {
    /** Verifies the WARC files in {@code warcDirectory} and the custody log at {@code custodyLog}. */
    public VerificationReport verify(Path warcDirectory, Path custodyLog) {
        ArchiveCheck archive = ArchiveCheck.of(warcDirectory);
        ChainCheck chain = ChainCheck.of(custodyLog);
        return new VerificationReport(archive.files(), archive.records(), archive.digests(), chain.entries(),
                chain.head(), archive.failure(), chain.failure());
    }
}
