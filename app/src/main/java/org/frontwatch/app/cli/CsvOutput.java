package org.frontwatch.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** Writes rows as RFC 4180 CSV that spreadsheets open as they are: every field quoted when it needs to be, CRLF line ends. */
final class CsvOutput {
    private final PrintWriter out;

    CsvOutput(PrintWriter out) {
        this.out = out;
    }

    void row(List<String> fields) {
        out.print(fields.stream().map(CsvOutput::field).collect(Collectors.joining(",")));
        out.print("\r\n");
    }

    void flush() {
        out.flush();
    }

    static String field(String value) {
        // A leading = + @ or tab would make a spreadsheet evaluate the cell as a formula: neutralise it.
        String safe = !value.isEmpty() && "=+@\t".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || !safe.equals(value);
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
