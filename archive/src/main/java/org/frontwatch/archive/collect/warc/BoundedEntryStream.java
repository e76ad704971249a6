package org.frontwatch.archive.collect.warc;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An archive entry's stream that fails, instead of reading on, once the entry has given more bytes than its
 * compression ratio allows or the archive's whole read budget is spent: the defence against zip bombs whose
 * declared sizes lie.
 */
final class BoundedEntryStream extends FilterInputStream {
    private final String name;
    private final long maxBytes;
    private final ReadBudget budget;
    private long read;

    BoundedEntryStream(InputStream in, String name, long maxBytes, ReadBudget budget) {
        super(in);
        this.name = name;
        this.maxBytes = maxBytes;
        this.budget = budget;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long bytes) throws IOException {
        read += bytes;
        if (read > maxBytes) {
            throw new IOException("entry " + name + " expands beyond " + maxBytes
                    + " bytes, more than the compression ratio allows (a zip bomb?)");
        }
        if (!budget.take(bytes)) {
            throw new IOException("the archive expands beyond the limit of " + budget.limit() + " bytes in total");
        }
    }
}
