package org.frontwatch.spark.load;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * One {@code COPY … FROM STDIN (FORMAT csv)} in progress: rows are written as CSV and sent in chunks of about a
 * megabyte, so that a table of millions of rows streams through without being held in memory. In PostgreSQL's
 * CSV, an unquoted empty field is NULL and a quoted one the empty string, which is how nulls and empty strings
 * are told apart here.
 */
final class CopyStream implements AutoCloseable {
    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final String table;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK + 4096);
    private final StringBuilder line = new StringBuilder(512);
    private long rows;
    private boolean ended;

    CopyStream(CopyManager copies, String table, String columns) throws SQLException {
        this.table = table;
        this.copy = copies.copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)");
    }

    /** Writes one row; {@code null} values are SQL NULL. */
    void row(Object... values) throws SQLException {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object value = values[i];
            if (value == null) {
                continue;
            }
            if (value instanceof Number || value instanceof Boolean) {
                line.append(value);
                continue;
            }
            String text = value.toString();
            line.append('"');
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == '"') {
                    line.append('"');
                }
                if (c != 0) {
                    line.append(c);
                }
            }
            line.append('"');
        }
        line.append('\n');
        buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        rows++;
        if (buffer.size() >= CHUNK) {
            flush();
        }
    }

    /** Finishes the COPY and returns the number of rows PostgreSQL took. */
    long end() throws SQLException {
        flush();
        ended = true;
        long copied = copy.endCopy();
        if (copied != rows) {
            throw new SQLException("COPY into " + table + " took " + copied + " of " + rows + " rows");
        }
        return copied;
    }

    private void flush() throws SQLException {
        if (buffer.size() > 0) {
            byte[] bytes = buffer.toByteArray();
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.reset();
        }
    }

    @Override
    public void close() throws SQLException {
        if (!ended && copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
