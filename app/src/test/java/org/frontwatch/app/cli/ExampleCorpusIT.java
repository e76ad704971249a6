package org.frontwatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.frontwatch.register.Register;
import org.frontwatch.register.RegisterSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job end to end on the embedded default, through the command line: the example corpus ingested into a
 * fresh data directory, then counted, searched, exported and verified.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExampleCorpusIT {
    /**
     * APPEAL incidents by soldiers' region of origin since 2023-02-01, counted by hand from the corpus
     * (docs/example-corpus.md, events E01–E26): Buryatia twice (wives' appeal, men of the 1432nd), Irkutsk,
     * Krasnoyarsk, Novosibirsk, Primorye once each, and Bashkortostan (a Storm-Z wife's complaint to the military
     * prosecutor). Omsk's appeal is from January and falls outside.
     */
    private static final Map<String, Integer> APPEALS_BY_ORIGIN_SINCE_FEBRUARY = Map.of(
            "RU-BA", 1, "RU-BU", 2, "RU-IRK", 1, "RU-KYA", 1, "RU-NVS", 1, "RU-PRI", 1);

    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    private static CommandRun demo;

    @BeforeAll
    static void runDemo() {
        demo = CommandRun.of("--data", data.toString(), "demo", "--no-serve", "--examples", EXAMPLES.toString());
    }

    @Test
    @Order(1)
    void demoIngestsTheCorpusAndPrintsTheSummary() {
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("item(s)", "event report(s)", "incident(s)",
                "APPEAL incidents by region of origin since");
        assertThat(Files.exists(data.resolve("custody.log"))).isTrue();
        assertThat(Files.exists(data.resolve("frontwatch.db"))).isTrue();
        assertThat(Files.isDirectory(data.resolve("index"))).isTrue();
    }

    @Test
    @Order(2)
    void ingestingTheSameCorpusAgainAddsNothing() {
        long before = itemCount();
        CommandRun again = CommandRun.of("--data", data.toString(), "ingest", EXAMPLES.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 new item(s)");
        assertThat(itemCount()).isEqualTo(before).isGreaterThanOrEqualTo(60);
    }

    @Test
    @Order(3)
    void tallyOfAppealsByOriginEqualsTheHandCount() throws IOException {
        CommandRun run = CommandRun.of("--data", data.toString(), "tally", "--by", "origin", "--type", "APPEAL",
                "--since", "2023-02-01", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rows = JSON.readTree(run.out()).get("rows");
        Map<String, Integer> counted = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            counted.put(row.get("key").asText(), row.get("incidents").asInt());
            assertThat(row.get("evidenceItemIds")).isNotEmpty();
            row.get("evidenceItemIds").forEach(id -> assertThat(id.asText()).matches("[0-9a-f]{64}"));
        }
        assertThat(counted).isEqualTo(APPEALS_BY_ORIGIN_SINCE_FEBRUARY);
    }

    @Test
    @Order(4)
    void tallyAsCsvHasAHeaderAndOneRowPerRegion() {
        CommandRun run = CommandRun.of("--data", data.toString(), "tally", "--by", "origin", "--type", "APPEAL",
                "--since", "2023-02-01", "--csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("key,label,incidents,incident_ids,evidence_item_ids");
        assertThat(lines).hasSize(APPEALS_BY_ORIGIN_SINCE_FEBRUARY.size() + 1);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line ->
                assertThat(line).matches("RU-[A-Z]+,[^,]+,\\d+,.+"));
    }

    @Test
    @Order(5)
    void searchFindsInflectedRussianWordsWithSnippets() throws IOException {
        CommandRun run = CommandRun.of("--data", data.toString(), "search", "подвал", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("total").asLong()).isPositive();
        assertThat(result.get("hits").get(0).get("snippet").asText()).contains("<mark>");
    }

    @Test
    @Order(6)
    void geoJsonExportIsAFeatureCollectionOfLocatedIncidents() throws IOException {
        Path file = data.resolveSibling(data.getFileName() + "-incidents.geojson");
        CommandRun run = CommandRun.of("--data", data.toString(), "export", "--format", "geojson", "-o",
                file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode collection = JSON.readTree(file.toFile());
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).isNotEmpty();
        assertThat(Files.readString(data.resolve("custody.log"))).contains("\"exported\"");
    }

    @Test
    @Order(7)
    void verifyPassesAndThenNamesTheWarcFileWithAFlippedByte() throws IOException {
        CommandRun clean = CommandRun.of("--data", data.toString(), "verify");
        assertThat(clean.exitCode()).as(clean.out() + clean.err()).isZero();
        assertThat(clean.out()).startsWith("OK");

        Path warc;
        try (Stream<Path> files = Files.list(data.resolve("warc"))) {
            warc = files.filter(f -> f.getFileName().toString().endsWith(".warc.gz")).findFirst().orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(warc.toFile(), "rw")) {
            long middle = file.length() / 2;
            file.seek(middle);
            int value = file.read();
            file.seek(middle);
            file.write(value ^ 0x40);
        }
        CommandRun tampered = CommandRun.of("--data", data.toString(), "verify");
        assertThat(tampered.exitCode()).isEqualTo(ExitCodes.EVIDENCE_FAILED);
        assertThat(tampered.out()).contains(warc.getFileName().toString());
    }

    private static long itemCount() {
        try (Register register = Register.open(new RegisterSettings(data, Optional.empty()))) {
            return register.store().counts().items();
        }
    }
}
