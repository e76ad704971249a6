package org.frontwatch.archive.preserve;

import java.nio.file.Path;
import java.util.Map;
import org.frontwatch.archive.preserve.custody.CustodyAction;
import org.frontwatch.archive.preserve.custody.CustodyLog;
import org.frontwatch.archive.preserve.warc.EvidenceArchive;
import org.frontwatch.model.CaptureLocation;
import org.frontwatch.model.Collected;

/**
 * A small ingest, run as a child JVM by {@link CrashSafetyIT} and killed at random: preserves posts 0..count-1
 * and logs one {@code captured} entry for each, logging any repair made at start-up. Restarted, it picks up
 * where it stopped, relying on the archive's idempotence and on the custody log to know what was logged.
 * Arguments: data directory, count, rotation bytes.
 */
public final class IngestLoop {
    private IngestLoop() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long rotation = Long.parseLong(args[2]);
        try (EvidenceArchive archive = EvidenceArchive.open(data.resolve("warc"), rotation);
             CustodyLog custody = CustodyLog.open(data.resolve("custody.log"))) {
            custody.repair().ifPresent(r -> custody.append("ingest", CustodyAction.REPAIRED, "custody.log",
                    r.detail()));
            archive.repair().ifPresent(r -> custody.append("ingest", CustodyAction.REPAIRED,
                    r.file().getFileName().toString(), r.detail()));
            System.out.println("started");
            System.out.flush();
            for (int n = 0; n < count; n++) {
                Collected post = SampleCaptures.ingested(n);
                CaptureLocation location = archive.preserve(post);
                String id = post.item().id();
                boolean logged = custody.entries(id).stream().anyMatch(e -> e.action().equals("captured"));
                if (!logged) {
                    custody.append("ingest", CustodyAction.CAPTURED, id, Map.of("warc", location.warcFile(),
                            "offset", Long.toString(location.offset())));
                    System.out.println("captured " + n);
                    System.out.flush();
                }
            }
            System.out.println("done");
            System.out.flush();
        }
    }
}
