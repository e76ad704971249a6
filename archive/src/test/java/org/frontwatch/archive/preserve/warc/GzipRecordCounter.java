package org.frontwatch.archive.preserve.warc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/** Counts, across every WARC file of a directory, the payload records (resource, response) per payload digest. */
public final class GzipRecordCounter {
    private GzipRecordCounter() {
    }

    public static Map<String, Integer> payloadRecordsByDigest(Path warcDirectory) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (Path file : WarcFileNames.list(warcDirectory)) {
            try (GzipMembers members = new GzipMembers(file, 1 << 26)) {
                Optional<GzipMembers.Member> member;
                while ((member = members.next()).isPresent()) {
                    WarcRecord record = member.get().record();
                    if (record instanceof WarcResource || record instanceof WarcResponse) {
                        ((WarcTargetRecord) record).payloadDigest()
                                .ifPresent(d -> counts.merge(d.hex(), 1, Integer::sum));
                    }
                }
            }
        }
        return counts;
    }
}
