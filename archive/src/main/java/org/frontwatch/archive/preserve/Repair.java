package org.frontwatch.archive.preserve;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A torn tail cut away at start-up: what a crash left half-written at the end of a WARC file or the custody log.
 * The caller records it in custody (action {@code repaired}) with {@link #detail()}.
 *
 * @param file         the file that was cut back
 * @param keptBytes    its length after the repair: the end of the last whole record or line
 * @param removedBytes how many bytes of torn tail were removed
 * @param reason       what was wrong with the tail
 */
public record Repair(Path file, long keptBytes, long removedBytes, String reason) {
    public Repair {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        if (keptBytes < 0) {
            throw new IllegalArgumentException("keptBytes must not be negative: " + keptBytes);
        }
        if (removedBytes <= 0) {
            throw new IllegalArgumentException("a repair removes at least one byte: " + removedBytes);
        }
    }

    /** The facts of the repair as custody-entry detail. */
    public Map<String, String> detail() {
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("file", String.valueOf(file.getFileName()));
        detail.put("keptBytes", Long.toString(keptBytes));
        detail.put("removedBytes", Long.toString(removedBytes));
        detail.put("reason", reason);
        return detail;
    }

    @Override
    public String toString() {
        return file + ": cut back to " + keptBytes + " bytes, removed " + removedBytes + " (" + reason + ")";
    }
}
