package org.frontwatch.archive.collect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A file's path and its first few kilobytes: what format detection looks at. The head array is copied in and
 * out, so a sample cannot be changed after it was taken.
 */
public final class InputSample {
    /** How many bytes {@link #of(Path)} reads: enough to see past a BOM, an XML prolog or a JSON preamble. */
    public static final int HEAD_BYTES = 64 * 1024;

    private final Path path;
    private final byte[] head;

    public InputSample(Path path, byte[] head) {
        this.path = Objects.requireNonNull(path, "path");
        this.head = Objects.requireNonNull(head, "head").clone();
    }

    /** Reads the first {@link #HEAD_BYTES} bytes of {@code file}. */
    public static InputSample of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new InputSample(file, in.readNBytes(HEAD_BYTES));
        }
    }

    public Path path() {
        return path;
    }

    /** The first bytes of the file (a copy). */
    public byte[] head() {
        return head.clone();
    }

    /** The file name in lower case, for extension checks. */
    public String fileName() {
        Path name = path.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether the file name ends with one of {@code extensions} (given with the dot, lower case). */
    public boolean hasExtension(String... extensions) {
        String name = fileName();
        return Arrays.stream(extensions).anyMatch(name::endsWith);
    }

    /** Whether the head begins with {@code prefix}. */
    public boolean startsWith(byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }

    public boolean isEmpty() {
        return head.length == 0;
    }

    /** The head decoded as UTF-8 with a byte-order mark dropped; bytes that are not UTF-8 become U+FFFD. */
    public String headText() {
        int skip = startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        return new String(head, skip, head.length - skip, StandardCharsets.UTF_8);
    }

    /** The head as text with leading white space removed and in lower case: for sniffing markup and JSON. */
    public String headTextTrimmedLowerCase() {
        return headText().stripLeading().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the head looks like text: no NUL bytes and few other control characters. Junk renamed to
     * {@code .html} or {@code .txt} fails this test.
     */
    public boolean looksLikeText() {
        if (head.length == 0) {
            return false;
        }
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control * 100 > head.length) {
            return false;
        }
        long replaced = headText().chars().filter(c -> c == 0xFFFD).count();
        return replaced * 20 < head.length;
    }
}
