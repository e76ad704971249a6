package org.frontwatch.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.frontwatch.app.server.FixtureCorpus.FixtureIncident;
import org.frontwatch.app.server.FixtureCorpus.FixtureItem;
import org.frontwatch.app.server.view.TallyQuery;
import org.junit.jupiter.api.Test;

/** Asks a public-mode server everything it answers and finds none of the private fields planted in the fixtures. */
class PublicModeLeakIT {
    @Test
    void noPublicResponseCarriesAPlantedPrivateField() {
        try (FixtureServer fixture = new FixtureServer(true)) {
            ApiClient client = ApiClient.anonymous(fixture.baseUrl());
            FixtureCorpus corpus = new FixtureCorpus(fixture.markerUrl());
            List<String> paths = new ArrayList<>(List.of("/openapi.json", "/api/session", "/api/items",
                    "/api/items?limit=200", "/api/incidents", "/api/claims", "/api/units/unit:regiment:1439",
                    "/api/export?format=csv", "/api/export?format=json", "/api/export?format=geojson"));
            for (String query : List.of("", "Кузнецова", "Сидоренко", "Markova", "cellar", "REFUSAL", "914", "Ленина",
                    "example.ru", "masha", "oleg_sid")) {
                paths.add("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            }
            for (String facet : List.of("language=uk", "origin=RU-TA", "type=REFUSAL", "source=" + URLEncoder.encode(
                    "Фронтова стрічка", StandardCharsets.UTF_8))) {
                paths.add("/api/search?" + facet);
            }
            for (String by : TallyQuery.DIMENSIONS) {
                paths.add("/api/tally?by=" + by);
                paths.add("/api/tally?by=" + by + "&type=APPEAL");
            }
            for (FixtureItem item : corpus.items) {
                paths.add("/api/items/" + item.id());
                paths.add("/api/items/" + item.id() + "/captures/0");
                paths.add("/api/items/" + item.id() + "/captures/0/view");
            }
            for (FixtureIncident incident : corpus.incidents) {
                paths.add("/api/incidents/" + incident.id());
            }

            int answered = 0;
            for (String path : paths) {
                HttpResponse<String> response = client.get(path);
                if (response.statusCode() == 200) {
                    answered++;
                }
                for (String secret : FixtureCorpus.PRIVATE_FIELDS) {
                    assertThat(response.body()).as("GET %s must not show %s", path, secret).doesNotContain(secret);
                }
            }
            assertThat(answered).as("the scan must reach real answers").isGreaterThan(30);
        }
    }

    @Test
    void publicItemKeepsOfficialsAndHighlightsButNotPrivatePeople() {
        try (FixtureServer fixture = new FixtureServer(true)) {
            String appeal = fixture.backend.incident(FixtureCorpus.APPEAL_INCIDENT).orElseThrow().items().get(0).id();
            JsonNode item = ApiClient.json(ApiClient.anonymous(fixture.baseUrl()).get("/api/items/" + appeal));
            String text = item.get("text").asText();
            assertThat(text).contains("Путин", "[person]", "[phone]", "[handle]", "[e-mail]", "[address]",
                    "Иркутской области");
            for (JsonNode mention : item.get("mentions")) {
                int start = mention.get("span").get("start").asInt();
                int end = mention.get("span").get("end").asInt();
                assertThat(text.substring(start, end)).isEqualTo(mention.get("text").asText());
                assertThat(mention.get("type").asText()).isNotEqualTo("PERSON");
            }
            assertThat(item.get("captures")).isEmpty();
            assertThat(item.get("custody")).isEmpty();
            assertThat(item.get("metadata").size()).isZero();
        }
    }
}
