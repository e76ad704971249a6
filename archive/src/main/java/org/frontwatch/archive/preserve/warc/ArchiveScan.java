package org.frontwatch.archive.preserve.warc;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.frontwatch.model.CaptureLocation;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Reads one WARC file's record headers at open: which payload digests it holds (only captures whose group was
 * written whole) and where the last whole group ends, so that a torn tail can be cut back to it. Each record is
 * one gzip member, read and CRC-checked whole by {@link GzipMembers}.
 *
 * @param captures   each whole capture: payload SHA-256 (hex) → location
 * @param wholeEnd   offset just past the last whole group (a warcinfo record or a capture's metadata record)
 * @param fileLength the length of the file
 * @param problem    why reading stopped early, if it did
 */
record ArchiveScan(Map<String, CaptureLocation> captures, long wholeEnd, long fileLength, Optional<String> problem) {
    /** The largest record read back: Frontwatch's own records hold at most one document. */
    static final long MAX_RECORD_BYTES = Integer.MAX_VALUE - 64;

    /** Whether there is anything after the last whole group. */
    boolean torn() {
        return problem.isPresent() || fileLength > wholeEnd;
    }

    static ArchiveScan of(Path file, long length) throws IOException {
        String name = String.valueOf(file.getFileName());
        Map<String, CaptureLocation> captures = new HashMap<>();
        Map<URI, CaptureLocation> groupPayloads = new HashMap<>();
        long wholeEnd = 0;
        Optional<String> problem = Optional.empty();
        try (GzipMembers members = new GzipMembers(file, MAX_RECORD_BYTES)) {
            while (true) {
                Optional<GzipMembers.Member> next;
                WarcRecord record;
                try {
                    next = members.next();
                    if (next.isEmpty()) {
                        break;
                    }
                    record = next.get().record();
                } catch (IOException | RuntimeException e) {
                    problem = Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
                    break;
                }
                long position = next.get().offset();
                long end = position + next.get().length();
                if (record instanceof Warcinfo) {
                    groupPayloads.clear();
                    wholeEnd = end;
                } else if (record instanceof WarcMetadata metadata) {
                    metadata.headers().first("WARC-Refers-To").flatMap(ArchiveScan::bareUri)
                            .map(groupPayloads::get)
                            .ifPresent(location -> captures.putIfAbsent(location.sha256(), location));
                    groupPayloads.clear();
                    wholeEnd = end;
                } else if (record instanceof WarcTargetRecord target && !(record instanceof WarcRequest)) {
                    target.payloadDigest().filter(ArchiveScan::isSha256).map(WarcDigest::hex)
                            .ifPresent(hex -> groupPayloads.put(record.id(), new CaptureLocation(name, position, hex)));
                }
            }
        }
        return new ArchiveScan(Map.copyOf(captures), wholeEnd, length, problem);
    }

    private static boolean isSha256(WarcDigest digest) {
        return "sha256".equalsIgnoreCase(digest.algorithm().replace("-", ""));
    }

    private static Optional<URI> bareUri(String headerValue) {
        String value = headerValue.strip();
        if (value.startsWith("<") && value.endsWith(">")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Optional.of(URI.create(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
