package org.frontwatch.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.frontwatch.model.FrontwatchException;

/**
 * A bundled lexicon: a UTF-8 resource of tab-separated rows. Lines starting with {@code #} are the header (source
 * and licence) or comments; blank lines are skipped. Every row remembers its line number so that a finder can say
 * where a bad row is.
 *
 * @param resource the classpath resource the rows came from
 */
public record LexiconFile(String resource, List<Row> rows) {
    /** One row: its 1-based line number and its tab-separated cells, trimmed. */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell at {@code index}, or a {@link FrontwatchException} naming the line when it is missing. */
        public String cell(int index) {
            if (index >= cells.size()) {
                throw new FrontwatchException("lexicon row at line " + line + " has " + cells.size()
                        + " cells, needs at least " + (index + 1) + ": " + cells);
            }
            return cells.get(index);
        }
    }

    public LexiconFile {
        rows = List.copyOf(rows);
    }

    /** Reads {@code resource} (an absolute classpath name) or fails naming it. */
    public static LexiconFile read(String resource) {
        InputStream stream = LexiconFile.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new FrontwatchException("bundled lexicon missing from the classpath: " + resource);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (String cell : trimmed.split("\t")) {
                    cells.add(cell.strip());
                }
                rows.add(new Row(number, cells));
            }
        } catch (IOException e) {
            throw new FrontwatchException("cannot read bundled lexicon " + resource + ": " + e.getMessage(), e);
        }
        return new LexiconFile(resource, rows);
    }

    /** A {@link FrontwatchException} naming this file and the row's line. */
    public FrontwatchException badRow(Row row, String problem) {
        return new FrontwatchException(resource + " line " + row.line() + ": " + problem);
    }
}
