package org.frontwatch.archive.collect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.frontwatch.model.BadInputException;

/** Reads a whole file or stream into memory, refusing anything larger than a limit before it is read. */
public final class BoundedFiles {
    private BoundedFiles() {
    }

    /** The bytes of {@code file}, or a {@link BadInputException} naming it when it is larger than {@code maxBytes}. */
    public static byte[] readAll(Path file, long maxBytes) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new BadInputException(file.toString(), "",
                        "file is " + size + " bytes, more than the limit of " + maxBytes);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readAll(in, file.toString(), maxBytes);
            }
        } catch (IOException e) {
            throw new BadInputException(file.toString(), "", "cannot read: " + e.getMessage(), e);
        }
    }

    /** The bytes of {@code in}, or a {@link BadInputException} naming {@code source} when there are more than {@code maxBytes}. */
    public static byte[] readAll(InputStream in, String source, long maxBytes) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
            if (bytes.length > maxBytes) {
                throw new BadInputException(source, "offset " + maxBytes,
                        "more than the limit of " + maxBytes + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new BadInputException(source, "", "cannot read: " + e.getMessage(), e);
        }
    }

    /** A {@code file:} URI for {@code file}, absolute and normalised: the capture URI of material read from disk. */
    public static String fileUri(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }
}
