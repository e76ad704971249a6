package org.frontwatch.extract.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.frontwatch.model.FrontwatchException;

/** Reads a bundled tab-separated resource (optionally gzip-compressed), skipping '#' comment lines. */
final class ResourceTable {
    private ResourceTable() {
    }

    /** A data row with its line number, for error messages. */
    record Row(String resource, int line, String[] columns) {
        String column(int index) {
            if (index >= columns.length) {
                throw new FrontwatchException(resource + " line " + line + ": expected at least " + (index + 1)
                        + " columns, found " + columns.length);
            }
            return columns[index];
        }

        double number(int index) {
            try {
                return Double.parseDouble(column(index));
            } catch (NumberFormatException e) {
                throw new FrontwatchException(resource + " line " + line + " column " + (index + 1)
                        + ": not a number: " + column(index));
            }
        }
    }

    static List<Row> read(Class<?> owner, String name) {
        String resource = "org/frontwatch/extract/gazetteer/" + name;
        try (InputStream raw = owner.getResourceAsStream(name)) {
            if (raw == null) {
                throw new FrontwatchException("resource missing from the class path: " + resource);
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            List<Row> rows = new ArrayList<>();
            int line = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (!text.isBlank() && !text.startsWith("#")) {
                    rows.add(new Row(resource, line, text.split("\t", -1)));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new FrontwatchException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
