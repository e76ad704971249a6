package org.frontwatch.archive.preserve.warc;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontwatch.model.CaptureLocation;
import org.frontwatch.model.ContentDigest;

/**
 * The digest index of one finished (rotated) WARC file, kept beside it as {@code <file>.digests} so that opening
 * the archive need not decompress every old file. It is trusted only while it checks out: its own SHA-256 line
 * must match its content and its recorded length must equal the WARC file's; otherwise the file is scanned again
 * and the sidecar rewritten. A wrong sidecar could only make {@code preserve} skip a write, and
 * {@link EvidenceArchive#payload} re-checks every digest it reads, so a bad one cannot pass unnoticed.
 *
 * <pre>
 * frontwatch-digests 1
 * length 1073741000
 * 5f2c…e1 2048
 * …
 * sha256 &lt;hex of every line above, each with its line feed&gt;
 * </pre>
 */
final class DigestSidecar {
    private static final String HEADER = "frontwatch-digests 1";

    private DigestSidecar() {
    }

    static Path of(Path warcFile) {
        return warcFile.resolveSibling(warcFile.getFileName() + ".digests");
    }

    /** The captures the sidecar of {@code warcFile} lists, if it exists, checks out and matches the file. */
    static Optional<Map<String, CaptureLocation>> read(Path warcFile) {
        Path sidecar = of(warcFile);
        try {
            if (!Files.isRegularFile(sidecar)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(sidecar, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            String last = lines.get(lines.size() - 1);
            String body = body(lines.subList(0, lines.size() - 1));
            if (!last.equals("sha256 " + ContentDigest.sha256Hex(body.getBytes(StandardCharsets.UTF_8)))) {
                return Optional.empty();
            }
            if (!lines.get(1).equals("length " + Files.size(warcFile))) {
                return Optional.empty();
            }
            String name = String.valueOf(warcFile.getFileName());
            Map<String, CaptureLocation> captures = new HashMap<>();
            for (String line : lines.subList(2, lines.size() - 1)) {
                String[] parts = line.split(" ");
                if (parts.length != 2) {
                    return Optional.empty();
                }
                captures.put(parts[0], new CaptureLocation(name, Long.parseLong(parts[1]), parts[0]));
            }
            return Optional.of(captures);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the sidecar of {@code warcFile} (length {@code length}) atomically: a temporary file, fsync, rename. */
    static void write(Path warcFile, long length, Map<String, CaptureLocation> captures) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("length " + length);
        captures.values().stream().sorted(Comparator.comparingLong(CaptureLocation::offset))
                .forEach(location -> lines.add(location.sha256() + " " + location.offset()));
        String body = body(lines);
        byte[] bytes = (body + "sha256 " + ContentDigest.sha256Hex(body.getBytes(StandardCharsets.UTF_8)) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        Path sidecar = of(warcFile);
        Path temporary = sidecar.resolveSibling(sidecar.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(bytes));
            channel.force(true);
        }
        Files.move(temporary, sidecar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String body(List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }
}
