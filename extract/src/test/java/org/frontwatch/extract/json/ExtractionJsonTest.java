package org.frontwatch.extract.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontwatch.extract.FixtureTexts.PUBLISHED;
import static org.frontwatch.extract.SharedExtractor.EXTRACTOR;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.frontwatch.model.BadInputException;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

class ExtractionJsonTest {
    private static final String TEXT = "Ukrainian forces are reporting Russian losses — between 600 to 1,000 men a day. "
            + "Men of the 1,439th regiment from the Irkutsk region recorded an appeal last week.";

    @Test
    void writesTheContractFieldsWithNullHighs() {
        Extraction extraction = EXTRACTOR.extract(TEXT + " At least 16 regions.", Optional.of(PUBLISHED),
                Optional.empty());
        JsonNode root = ExtractionJson.tree(extraction);
        assertThat(root.path("language").asText()).isEqualTo("en");
        assertThat(root.path("published").asText()).isEqualTo("2023-03-08");
        JsonNode unit = findMention(root, "UNIT");
        assertThat(unit.path("key").asText()).isEqualTo("unit:regiment:1439");
        assertThat(TEXT.substring(unit.path("start").asInt(), unit.path("end").asInt())).isEqualTo("1,439th regiment");
        JsonNode date = findMention(root, "DATE");
        assertThat(date.path("from").asText()).isEqualTo("2023-02-27");
        assertThat(date.path("to").asText()).isEqualTo("2023-03-05");
        boolean openHigh = false;
        for (JsonNode mention : root.path("mentions")) {
            if (mention.path("type").asText().equals("QUANTITY") && mention.path("low").asLong() == 16) {
                openHigh = mention.has("high") && mention.path("high").isNull();
            }
        }
        assertThat(openHigh).isTrue();
        JsonNode claim = root.path("claims").get(0);
        assertThat(claim.path("claimant").asText()).isEqualTo("Ukrainian forces");
        assertThat(claim.path("low").asLong()).isEqualTo(600);
        assertThat(claim.path("per").asText()).isEqualTo("day");
        JsonNode event = root.path("events").get(0);
        assertThat(event.has("from")).isTrue();
        assertThat(event.path("origin").isArray()).isTrue();
    }

    @Test
    void readsBackWhatItWrites() {
        Extraction extraction = EXTRACTOR.extract(TEXT, Optional.of(PUBLISHED), Optional.of(Language.EN));
        Extraction read = ExtractionJson.read(ExtractionJson.write(extraction), "round trip");
        assertThat(read.mentions()).extracting(m -> m.type() + " " + m.key() + " " + m.span())
                .containsExactlyElementsOf(extraction.mentions().stream()
                        .map(m -> m.type() + " " + m.key() + " " + m.span()).toList());
        assertThat(read.claims()).isEqualTo(extraction.claims());
        assertThat(read.events()).isEqualTo(extraction.events());
    }

    @Test
    void namesTheSourceAndPositionOfABadSpan() {
        String json = "{\"language\":\"en\",\"mentions\":[{\"type\":\"REGION\",\"text\":\"Irkutsk\",\"start\":0,"
                + "\"end\":3,\"key\":\"RU-IRK\"}]}";
        assertThatThrownBy(() -> ExtractionJson.read(json, "gold/a.gold.json"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("gold/a.gold.json at mentions[0]");
        assertThatThrownBy(() -> ExtractionJson.read("{\"mentions\": [", "gold/b.gold.json"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("gold/b.gold.json at line 1");
    }

    private static JsonNode findMention(JsonNode root, String type) {
        for (JsonNode mention : root.path("mentions")) {
            if (mention.path("type").asText().equals(type)) {
                return mention;
            }
        }
        throw new AssertionError("no " + type + " mention in " + root);
    }
}
