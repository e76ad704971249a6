package org.frontwatch.archive.preserve.custody;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file as {@code \n}-terminated lines with their byte offsets, noticing an unterminated tail. */
final class LineScanner {
    /** Receives each terminated line, without its line feed. */
    interface LineHandler {
        void line(long offset, long number, byte[] bytes) throws IOException;
    }

    /**
     * What was scanned.
     *
     * @param lines          terminated lines read
     * @param terminatedEnd  the offset just past the last line feed
     * @param fileLength     bytes in the file; more than {@code terminatedEnd} when the tail is unterminated
     */
    record Result(long lines, long terminatedEnd, long fileLength) {
        boolean tornTail() {
            return fileLength > terminatedEnd;
        }
    }

    private LineScanner() {
    }

    static Result scan(Path file, LineHandler handler) throws IOException {
        long offset = 0;
        long lineStart = 0;
        long lines = 0;
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            int b;
            while ((b = in.read()) != -1) {
                offset++;
                if (b == '\n') {
                    lines++;
                    handler.line(lineStart, lines, line.toByteArray());
                    line.reset();
                    lineStart = offset;
                } else {
                    line.write(b);
                }
            }
        }
        return new Result(lines, lineStart, offset);
    }
}
