package org.frontwatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvOutputTest {
    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        StringWriter text = new StringWriter();
        CsvOutput csv = new CsvOutput(new PrintWriter(text));
        csv.row(List.of("RU-IRK", "Irkutsk Oblast, Siberia", "say \"no\"", "two\nlines"));
        csv.flush();
        assertThat(text).hasToString("RU-IRK,\"Irkutsk Oblast, Siberia\",\"say \"\"no\"\"\",\"two\nlines\"\r\n");
    }

    @Test
    void neutralisesSpreadsheetFormulas() {
        assertThat(CsvOutput.field("=HYPERLINK(\"http://x\")")).startsWith("\"'=");
        assertThat(CsvOutput.field("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvOutput.field("-5")).isEqualTo("-5");
    }
}
