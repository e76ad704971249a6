package org.frontwatch.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.frontwatch.app.pipeline.DataDirectory;
import org.frontwatch.app.pipeline.Workspace;
import org.frontwatch.app.server.auth.Account;
import org.frontwatch.app.server.auth.Role;
import org.frontwatch.app.server.backend.RegisterBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over a real data directory: upload through the pipeline, search, evidence, review, tally, export. */
class RegisterBackendIT {
    @TempDir
    Path data;

    @Test
    void uploadedArticlesBecomeSearchableEvidenceThatAnAnalystCanReview() throws IOException {
        try (Workspace workspace = Workspace.open(new DataDirectory(data), Optional.empty())) {
            RegisterBackend backend = RegisterBackend.of(workspace);
            FrontwatchServer server = FrontwatchServer.start(new ServerSettings("127.0.0.1", 0, false), backend,
                    FixtureServer.CHEAP_HASHER, Clock.systemUTC(),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            try {
                backend.accounts().save(new Account("analyst-user", Role.ANALYST,
                        FixtureServer.CHEAP_HASHER.hash(FixtureServer.PASSWORD), Instant.now()));
                assertThat(backend.accounts().account("admin")).as("first start made an admin").isPresent();
                String base = "http://127.0.0.1:" + server.port();
                ApiClient analyst = ApiClient.signedIn(base, "analyst-user", FixtureServer.PASSWORD);

                assertThat(ApiClient.json(analyst.get("/api/items")).get("total").asLong()).isZero();
                int uploaded = 0;
                for (String name : new String[] {"irkutsk-appeal-en.html", "irkutsk-appeal-ru.html"}) {
                    HttpResponse<String> upload = analyst.send("POST", "/api/ingest?name=" + name, resource(name));
                    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
                    assertThat(ApiClient.json(upload).get("itemIds")).hasSize(1);
                    uploaded++;
                    assertThat(ApiClient.json(analyst.get("/api/items")).get("total").asLong())
                            .as("listings answered before an upload are not served after it").isEqualTo(uploaded);
                }

                JsonNode search = ApiClient.json(analyst.get("/api/search?q=Avdiivka"));
                assertThat(search.get("total").asLong()).isGreaterThanOrEqualTo(1);
                JsonNode hit = search.get("hits").get(0);
                String itemId = hit.get("item").get("id").asText();
                assertThat(hit.get("snippet").toString()).contains("\"highlighted\":true").doesNotContain("<mark>");

                JsonNode item = ApiClient.json(analyst.get("/api/items/" + itemId));
                assertThat(item.get("captures")).isNotEmpty();
                assertThat(item.get("captures").get(0).get("sha256").asText()).hasSize(64);
                assertThat(item.get("custody").toString()).contains("web:analyst-user");
                assertThat(item.get("mentions")).isNotEmpty();

                HttpResponse<String> view = analyst.get("/api/items/" + itemId + "/captures/0/view");
                assertThat(view.statusCode()).isEqualTo(200);
                assertThat(view.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("sandbox");
                assertThat(view.body()).contains("Avdiivka");

                JsonNode incidents = ApiClient.json(analyst.get("/api/incidents"));
                assertThat(incidents).isNotEmpty();
                String incidentId = incidents.get(0).get("id").asText();
                JsonNode reviewed = ApiClient.json(analyst.send("POST", "/api/incidents/" + incidentId + "/status",
                        "{\"status\":\"verified\",\"note\":\"two outlets, two languages\"}"));
                assertThat(reviewed.get("summary").get("status").asText()).isEqualTo("VERIFIED");
                assertThat(workspace.custody().entries(incidentId)).anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("status-changed");
                    assertThat(entry.actor()).isEqualTo("analyst-user");
                });

                assertThat(analyst.get("/api/tally?by=origin").statusCode()).isEqualTo(200);
                JsonNode tally = ApiClient.json(analyst.get("/api/tally?by=type&evidence=0"));
                assertThat(tally).isNotEmpty().allSatisfy(row -> {
                    assertThat(row.get("incidentIds")).isEmpty();
                    assertThat(row.get("itemIds")).isEmpty();
                    assertThat(row.get("count").asLong()).isPositive();
                    assertThat(row.get("itemCount").asLong()).isPositive();
                });
                assertThat(analyst.get("/api/tally?by=type&evidence=-1").statusCode()).isEqualTo(400);
                assertThat(analyst.get("/api/claims").statusCode()).isEqualTo(200);
                HttpResponse<String> export = analyst.get("/api/export?format=csv");
                assertThat(export.statusCode()).isEqualTo(200);
                assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains(".csv");
            } finally {
                server.close();
            }

            FrontwatchServer publicServer = FrontwatchServer.start(new ServerSettings("127.0.0.1", 0, true),
                    RegisterBackend.of(workspace), FixtureServer.CHEAP_HASHER, Clock.systemUTC(),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            try {
                ApiClient anyone = ApiClient.anonymous("http://127.0.0.1:" + publicServer.port());
                JsonNode incidents = ApiClient.json(anyone.get("/api/incidents"));
                assertThat(incidents).isNotEmpty().allSatisfy(incident ->
                        assertThat(incident.get("status").asText()).isIn("VERIFIED", "CORROBORATED"));
                assertThat(anyone.get("/api/search?q=Avdiivka").statusCode()).isEqualTo(200);
                assertThat(anyone.send("POST", "/api/ingest?name=x.txt", "text").statusCode()).isEqualTo(403);
            } finally {
                publicServer.close();
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RegisterBackendIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
