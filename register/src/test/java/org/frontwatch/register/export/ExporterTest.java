package org.frontwatch.register.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontwatch.model.EventType;
import org.frontwatch.model.Redactor;
import org.frontwatch.model.ReviewStatus;
import org.frontwatch.register.Register;
import org.frontwatch.register.RegisterSettings;
import org.frontwatch.register.ReportedEvents;
import org.frontwatch.register.query.IncidentFilter;
import org.frontwatch.register.store.ExtractedItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path data;
    private Register register;

    @BeforeAll
    void load(@TempDir Path directory) {
        data = directory;
        register = Register.open(new RegisterSettings(data, Optional.empty()));
        List<ExtractedItem> items = new ArrayList<>(ReportedEvents.appealToldFourTimes());
        items.add(ReportedEvents.detentionToldOnce());
        register.putAll(items);
        register.rebuild();
        String appeal = register.queries().incidents(IncidentFilter.first(10).withType(EventType.APPEAL)).get(0).id();
        register.store().setIncidentStatus(appeal, ReviewStatus.CORROBORATED, "ana", "two independent sources");
    }

    @AfterAll
    void close() {
        register.close();
    }

    private String export(ExportFormat format, boolean publicMode, Redactor redactor) {
        StringWriter out = new StringWriter();
        register.export(format, publicMode, redactor, out);
        return out.toString();
    }

    @Test
    void acledCsvHasAcledColumnsAndOneRowPerIncident() {
        List<List<String>> rows = Csv.parse(export(ExportFormat.ACLED, false, Redactor.none()));

        assertThat(rows.get(0)).containsExactlyElementsOf(AcledCsvWriter.COLUMNS)
                .contains("event_date", "sub_event_type", "admin1", "geo_precision", "fatalities");
        assertThat(rows).hasSize(3);
        List<String> appeal = rows.stream().filter(r -> r.contains("Protests")).findFirst().orElseThrow();
        assertThat(appeal).hasSize(AcledCsvWriter.COLUMNS.size());
        assertThat(appeal.get(AcledCsvWriter.COLUMNS.indexOf("sub_event_type"))).isEqualTo("Peaceful protest");
        assertThat(appeal.get(AcledCsvWriter.COLUMNS.indexOf("event_date"))).isEqualTo("2023-03-04");
        assertThat(appeal.get(AcledCsvWriter.COLUMNS.indexOf("location"))).isEqualTo("Avdiivka");
        assertThat(appeal.get(AcledCsvWriter.COLUMNS.indexOf("admin1"))).isEqualTo("Donetsk Oblast");
        assertThat(appeal.get(AcledCsvWriter.COLUMNS.indexOf("country"))).isEqualTo("Ukraine");
        assertThat(appeal.get(AcledCsvWriter.COLUMNS.indexOf("notes"))).contains("Иркутской");
    }

    @Test
    void geoJsonIsAFeatureCollectionOfPoints() throws Exception {
        JsonNode collection = JSON.readTree(export(ExportFormat.GEOJSON, false, Redactor.none()));

        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).hasSize(2);
        for (JsonNode feature : collection.get("features")) {
            assertThat(feature.get("type").asText()).isEqualTo("Feature");
            assertThat(feature.at("/geometry/type").asText()).isEqualTo("Point");
            double longitude = feature.at("/geometry/coordinates/0").asDouble();
            double latitude = feature.at("/geometry/coordinates/1").asDouble();
            assertThat(longitude).isBetween(37.0, 39.0);
            assertThat(latitude).isBetween(48.0, 50.0);
            assertThat(feature.at("/properties/independent_sources").asInt()).isPositive();
        }
    }

    @Test
    void followTheMoneyLinesAreEntitiesWithStableIds() throws Exception {
        String first = export(ExportFormat.FTM, false, Redactor.none());
        String second = export(ExportFormat.FTM, false, Redactor.none());

        List<JsonNode> entities = new ArrayList<>();
        for (String line : first.split("\n")) {
            entities.add(JSON.readTree(line));
        }
        assertThat(entities).allSatisfy(entity -> {
            assertThat(entity.get("id").asText()).startsWith("fw-");
            assertThat(entity.get("schema").asText()).isIn("Event", "Article", "Organization", "Address", "Mention",
                    "Documentation");
            assertThat(entity.get("properties").isObject()).isTrue();
            entity.get("properties").forEach(values -> assertThat(values.isArray()).isTrue());
        });
        assertThat(entities).extracting(e -> e.get("schema").asText())
                .contains("Event", "Article", "Organization", "Address", "Mention", "Documentation");
        assertThat(entities.stream().map(e -> e.get("id").asText()).distinct()).hasSameSizeAs(entities);
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void publicExportLeavesOutUnreviewedIncidentsAndRedacts(ExportFormat format) {
        String everything = export(format, false, Redactor.none());
        String published = export(format, true, ReportedEvents.personRedactor());

        assertThat(everything).contains("Avdiivka");
        assertThat(published).contains("Avdiivka").doesNotContain("Kreminna")
                .doesNotContain(ReportedEvents.DETENTION_WORDS).doesNotContain(ReportedEvents.PRIVATE_PERSON)
                .doesNotContain("kreminna_relatives").doesNotContain("unit:brigade:155");
        if (format == ExportFormat.FTM || format == ExportFormat.JSONL) {
            assertThat(everything).contains(ReportedEvents.PRIVATE_PERSON);
            assertThat(published).contains("[person]");
        }
    }

    @Test
    void fullDumpHoldsItemsIncidentsAndClaimGroups() throws Exception {
        List<String> kinds = new ArrayList<>();
        for (String line : export(ExportFormat.JSONL, false, Redactor.none()).split("\n")) {
            kinds.add(JSON.readTree(line).get("record").asText());
        }

        assertThat(kinds).filteredOn("item"::equals).hasSize(5);
        assertThat(kinds).filteredOn("incident"::equals).hasSize(2);
        assertThat(kinds).filteredOn("claim_group"::equals).hasSize(1);
    }

    /** A strict RFC 4180 reader, to check the export parses. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    assertThat(field.length()).as("quote inside an unquoted field at %d", i).isZero();
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    field.append(c);
                }
            }
            assertThat(quoted).as("unterminated quote").isFalse();
            assertThat(row).as("last line ends with CRLF").isEmpty();
            return rows;
        }
    }
}
