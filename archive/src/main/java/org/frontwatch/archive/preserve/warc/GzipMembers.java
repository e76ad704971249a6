package org.frontwatch.archive.preserve.warc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Walks a {@code .warc.gz} file one gzip member at a time, checking each member's CRC and length, so that a
 * damaged or torn member is blamed on its own offset (a WARC reader streaming across members can only report
 * trouble once it has moved on). Frontwatch writes one record per member.
 */
final class GzipMembers implements Closeable {
    /** One whole member: where it starts, how many compressed bytes it spans, and what it holds. */
    record Member(long offset, long length, byte[] data) {
        /** The WARC record the member holds. */
        WarcRecord record() throws IOException {
            WarcReader reader = new WarcReader(new ByteArrayInputStream(data));
            return reader.next().orElseThrow(() -> new EOFException("no WARC record in the gzip member"));
        }
    }

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final FileChannel channel;
    private final long maxMemberBytes;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).flip();
    private final Inflater inflater = new Inflater(true);
    private long bufferStart;

    GzipMembers(Path file, long maxMemberBytes) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.maxMemberBytes = maxMemberBytes;
    }

    /** The offset of the next member, or of the end of the file once all were read. */
    long position() {
        return bufferStart + buffer.position();
    }

    /**
     * The next member, or empty at a clean end of file. Throws with the member's offset when it is truncated,
     * corrupt or larger than the limit.
     */
    Optional<Member> next() throws IOException {
        long offset = position();
        if (!fill(1)) {
            return Optional.empty();
        }
        try {
            byte[] data = readMember();
            return Optional.of(new Member(offset, position() - offset, data));
        } catch (DataFormatException e) {
            throw new IOException("corrupt gzip member at offset " + offset + ": " + e.getMessage(), e);
        } catch (EOFException e) {
            throw new EOFException("gzip member at offset " + offset + " is cut short: " + e.getMessage());
        } catch (IOException e) {
            throw new IOException("bad gzip member at offset " + offset + ": " + e.getMessage(), e);
        }
    }

    private byte[] readMember() throws IOException, DataFormatException {
        if (readByte() != 0x1f || readByte() != 0x8b) {
            throw new IOException("not a gzip header");
        }
        if (readByte() != 8) {
            throw new IOException("compression method is not deflate");
        }
        int flags = readByte();
        skip(6);
        if ((flags & FEXTRA) != 0) {
            skip(readByte() | (readByte() << 8));
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FHCRC) != 0) {
            skip(2);
        }
        inflater.reset();
        CRC32 crc = new CRC32();
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] chunk = new byte[1 << 16];
        while (!inflater.finished()) {
            if (inflater.needsInput()) {
                if (!fill(1)) {
                    throw new EOFException("deflate data ends early");
                }
                inflater.setInput(buffer.array(), buffer.position(), buffer.remaining());
            }
            int before = inflater.getRemaining();
            int produced = inflater.inflate(chunk);
            buffer.position(buffer.position() + before - inflater.getRemaining());
            if (produced == 0 && inflater.needsDictionary()) {
                throw new DataFormatException("preset dictionary not supported");
            }
            crc.update(chunk, 0, produced);
            out.write(chunk, 0, produced);
            if (out.size() > maxMemberBytes) {
                throw new IOException("member holds more than " + maxMemberBytes + " bytes");
            }
        }
        long storedCrc = readInt();
        long storedSize = readInt();
        if (storedCrc != crc.getValue()) {
            throw new IOException("CRC mismatch");
        }
        if (storedSize != (out.size() & 0xFFFFFFFFL)) {
            throw new IOException("length mismatch");
        }
        return out.toByteArray();
    }

    private long readInt() throws IOException {
        return (readByte() | (readByte() << 8) | (readByte() << 16) | ((long) readByte() << 24)) & 0xFFFFFFFFL;
    }

    private int readByte() throws IOException {
        if (!fill(1)) {
            throw new EOFException("header or trailer ends early");
        }
        return buffer.get() & 0xFF;
    }

    private void skip(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            readByte();
        }
    }

    private void skipZeroTerminated() throws IOException {
        while (readByte() != 0) {
            // skip the name or comment
        }
    }

    /** Makes at least {@code count} bytes available; false at end of file. */
    private boolean fill(int count) throws IOException {
        while (buffer.remaining() < count) {
            bufferStart += buffer.position();
            buffer.compact();
            int read = channel.read(buffer);
            buffer.flip();
            if (read < 0) {
                return buffer.remaining() >= count;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        channel.close();
    }
}
