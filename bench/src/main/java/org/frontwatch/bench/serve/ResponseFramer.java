package org.frontwatch.bench.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Finds where one HTTP/1.1 response ends in the bytes read from a keep-alive connection, fed as they arrive in
 * pieces of any size: the status line and headers, then a body framed by {@code Content-Length} or by chunked
 * transfer coding. It keeps the status and headers and skips the body without copying it, which is all the load
 * benchmark needs to know of an answer. One response at a time; {@link #reset} before the next.
 */
final class ResponseFramer {
    private enum State { HEAD, FIXED_BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILER, DONE }

    private static final int MAX_HEAD = 64 * 1024;
    private byte[] head = new byte[1024];
    private int headLength;
    private State state = State.HEAD;
    private long remaining;
    private long chunkSize;
    private boolean sizeEnded;
    private int lineLength;
    private int status;
    private boolean closes;
    private long bodyBytes;

    void reset() {
        headLength = 0;
        state = State.HEAD;
        remaining = 0;
        chunkSize = 0;
        sizeEnded = false;
        lineLength = 0;
        status = 0;
        closes = false;
        bodyBytes = 0;
    }

    /**
     * Reads from {@code bytes} up to the end of the response; returns whether the response is complete. Bytes after
     * its end stay in the buffer (a server does not send them on a connection without pipelining).
     *
     * @throws IllegalStateException when the bytes are not an HTTP/1.1 response this framer understands
     */
    boolean feed(ByteBuffer bytes) {
        while (bytes.hasRemaining() && state != State.DONE) {
            switch (state) {
                case HEAD -> readHead(bytes);
                case FIXED_BODY, CHUNK_DATA -> {
                    int skip = (int) Math.min(remaining, bytes.remaining());
                    bytes.position(bytes.position() + skip);
                    remaining -= skip;
                    bodyBytes += skip;
                    if (remaining == 0) {
                        state = state == State.FIXED_BODY ? State.DONE : State.CHUNK_END;
                        lineLength = 0;
                    }
                }
                case CHUNK_SIZE -> readChunkSize(bytes.get());
                case CHUNK_END -> {
                    if (bytes.get() == '\n') {
                        state = State.CHUNK_SIZE;
                        chunkSize = 0;
                        sizeEnded = false;
                    }
                }
                case TRAILER -> {
                    byte b = bytes.get();
                    if (b == '\n') {
                        if (lineLength == 0) {
                            state = State.DONE;
                        }
                        lineLength = 0;
                    } else if (b != '\r') {
                        lineLength++;
                    }
                }
                default -> throw new IllegalStateException("unexpected state " + state);
            }
        }
        return state == State.DONE;
    }

    /** The status code of the response (0 before its status line was read). */
    int status() {
        return status;
    }

    /** Whether the server closes the connection after this response. */
    boolean closes() {
        return closes;
    }

    /** The body's length as sent (chunked: without the framing). */
    long bodyBytes() {
        return bodyBytes;
    }

    private void readHead(ByteBuffer bytes) {
        while (bytes.hasRemaining()) {
            if (headLength == head.length) {
                if (head.length >= MAX_HEAD) {
                    throw new IllegalStateException("response head longer than " + MAX_HEAD + " bytes");
                }
                head = java.util.Arrays.copyOf(head, head.length * 2);
            }
            head[headLength++] = bytes.get();
            if (headLength >= 4 && head[headLength - 1] == '\n' && head[headLength - 2] == '\r'
                    && head[headLength - 3] == '\n' && head[headLength - 4] == '\r') {
                parseHead(new String(head, 0, headLength, StandardCharsets.ISO_8859_1));
                return;
            }
        }
    }

    private void parseHead(String text) {
        if (!text.startsWith("HTTP/1.") || text.length() < 12) {
            throw new IllegalStateException("not an HTTP/1.x status line: "
                    + text.substring(0, Math.min(40, text.length())));
        }
        status = Integer.parseInt(text.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        for (String line : text.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.endsWith("chunked");
                case "connection" -> closes = value.contains("close");
                default -> { }
            }
        }
        if (chunked) {
            state = State.CHUNK_SIZE;
            chunkSize = 0;
            sizeEnded = false;
        } else if (length >= 0 || status == 204 || status == 304) {
            remaining = Math.max(0, length);
            state = remaining == 0 ? State.DONE : State.FIXED_BODY;
        } else {
            throw new IllegalStateException("a response of status " + status
                    + " with neither Content-Length nor chunked coding (read until close is not supported)");
        }
    }

    private void readChunkSize(byte b) {
        if (b == '\n') {
            if (chunkSize == 0) {
                state = State.TRAILER;
                lineLength = 0;
            } else {
                state = State.CHUNK_DATA;
                remaining = chunkSize;
            }
        } else if (b == ';' || b == ' ' || b == '\r') {
            sizeEnded = true;
        } else if (!sizeEnded) {
            int digit = Character.digit(b, 16);
            if (digit < 0) {
                throw new IllegalStateException("not a chunk size: byte " + b);
            }
            chunkSize = chunkSize * 16 + digit;
        }
    }
}
