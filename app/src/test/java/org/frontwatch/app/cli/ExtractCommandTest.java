package org.frontwatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code frontwatch extract} follows the contract of DESIGN.md: fields, keys, UTF-16 offsets into the text as given. */
class ExtractCommandTest {
    private static final String REPORT = """
            Mobilised men from the Irkutsk region say they were sent near Avdiivka with the 1,439th regiment \
            last week. Ukrainian forces are reporting between 600 to 1,000 Russian casualties a day, according \
            to a statement on Tuesday.""";

    @TempDir
    Path directory;

    @Test
    void printsTheContractFieldsWithOffsetsIntoTheTextAsGiven() throws IOException {
        Path file = directory.resolve("report.txt");
        Files.writeString(file, REPORT);
        CommandRun run = CommandRun.of("extract", "--published", "2023-03-08", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        JsonNode result = new ObjectMapper().readTree(run.out());
        assertThat(result.get("language").asText()).isEqualTo("en");
        assertThat(result.get("published").asText()).isEqualTo("2023-03-08");
        assertThat(result.get("mentions")).isNotEmpty();
        for (JsonNode mention : result.get("mentions")) {
            int start = mention.get("start").asInt();
            int end = mention.get("end").asInt();
            assertThat(REPORT.substring(start, end)).isEqualTo(mention.get("text").asText());
            assertThat(mention.has("type")).isTrue();
        }
        assertThat(result.get("mentions").findValuesAsText("key"))
                .contains("RU-IRK", "unit:regiment:1439");
        assertThat(result.get("claims")).isNotEmpty();
        JsonNode claim = result.get("claims").get(0);
        assertThat(claim.get("low").asLong()).isEqualTo(600);
        assertThat(claim.get("high").asLong()).isEqualTo(1000);
        assertThat(claim.get("per").asText()).isEqualTo("day");
        assertThat(result.has("events")).isTrue();
    }

    @Test
    void rejectsAnUnknownLanguageBeforeReadingAnything() {
        CommandRun run = CommandRun.of("extract", "--lang", "fr", "-");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--lang takes en, ru or uk");
    }

    @Test
    void namesAMissingFile() {
        CommandRun run = CommandRun.of("extract", directory.resolve("missing.txt").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("missing.txt");
    }
}
