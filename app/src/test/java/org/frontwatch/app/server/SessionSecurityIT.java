package org.frontwatch.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sessions, CSRF and origin checks, API tokens, the login throttle, password hashing and security headers. */
class SessionSecurityIT {
    private static final String REVIEW = "/api/incidents/" + FixtureCorpus.REFUSAL_INCIDENT + "/status";
    private static final String BODY = "{\"status\":\"disputed\",\"note\":\"single source\"}";

    @Test
    void sessionCookieIsHttpOnlyAndStrict() {
        try (FixtureServer fixture = new FixtureServer(false)) {
            HttpResponse<String> response = ApiClient.anonymous(fixture.baseUrl()).send("POST", "/api/login",
                    "{\"name\":\"viewer-user\",\"password\":\"" + FixtureServer.PASSWORD + "\"}");
            String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).startsWith(Gate.SESSION_COOKIE + "=").containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Strict");
        }
    }

    @Test
    void stateChangeWithoutCsrfTokenOrFromAForeignOriginIsRefused() {
        try (FixtureServer fixture = new FixtureServer(false)) {
            ApiClient analyst = ApiClient.signedIn(fixture.baseUrl(), "analyst-user", FixtureServer.PASSWORD);
            assertThat(analyst.withoutCsrfToken().send("POST", REVIEW, BODY).statusCode()).isEqualTo(403);
            assertThat(analyst.send("POST", REVIEW, BODY, Optional.of("https://evil.example")).statusCode())
                    .isEqualTo(403);
            assertThat(fixture.backend.incident(FixtureCorpus.REFUSAL_INCIDENT).orElseThrow().summary().status()
                    .name()).isEqualTo("UNVERIFIED");
            assertThat(analyst.send("POST", REVIEW, BODY).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void reviewGoesToHistoryAndCustodyLog() {
        try (FixtureServer fixture = new FixtureServer(false)) {
            ApiClient analyst = ApiClient.signedIn(fixture.baseUrl(), "analyst-user", FixtureServer.PASSWORD);
            var answer = ApiClient.json(analyst.send("POST", REVIEW, BODY));
            assertThat(answer.get("summary").get("status").asText()).isEqualTo("DISPUTED");
            var last = answer.get("history").get(answer.get("history").size() - 1);
            assertThat(last.get("note").asText()).isEqualTo("single source");
            assertThat(last.get("actor").asText()).isEqualTo("analyst-user");
            assertThat(analyst.send("POST", REVIEW, "{\"status\":\"maybe\"}").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void apiTokenWorksForScriptsAndRevokedTokenDoesNot() {
        try (FixtureServer fixture = new FixtureServer(false)) {
            ApiClient admin = ApiClient.signedIn(fixture.baseUrl(), "admin-user", FixtureServer.PASSWORD);
            var created = ApiClient.json(admin.send("POST", "/api/tokens",
                    "{\"owner\":\"analyst-user\",\"label\":\"nightly export\"}"));
            ApiClient script = ApiClient.bearer(fixture.baseUrl(), created.get("secret").asText());
            assertThat(script.send("POST", REVIEW, BODY, Optional.empty()).statusCode()).isEqualTo(200);
            assertThat(script.get("/api/users").statusCode()).isEqualTo(403);
            assertThat(admin.get("/api/tokens").body()).doesNotContain(created.get("secret").asText());
            admin.send("DELETE", "/api/tokens/" + created.get("id").asText(), null);
            assertThat(script.get("/api/items").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void repeatedFailedLoginsAreThrottled() {
        try (FixtureServer fixture = new FixtureServer(false)) {
            ApiClient anonymous = ApiClient.anonymous(fixture.baseUrl());
            String wrong = "{\"name\":\"admin-user\",\"password\":\"not the password at all\"}";
            for (int attempt = 0; attempt < 5; attempt++) {
                assertThat(anonymous.send("POST", "/api/login", wrong).statusCode()).isEqualTo(401);
            }
            HttpResponse<String> throttled = anonymous.send("POST", "/api/login",
                    "{\"name\":\"admin-user\",\"password\":\"" + FixtureServer.PASSWORD + "\"}");
            assertThat(throttled.statusCode()).isEqualTo(429);
            assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        }
    }

    @Test
    void firstStartCreatesAnAdminWithABcryptHashAndPrintsItsPasswordOnce() {
        try (FixtureServer fixture = new FixtureServer(false)) {
            String password = fixture.firstStartOutput.replaceAll("(?s).*one-time password (\\S+).*", "$1");
            var admin = fixture.backend.accounts().account("admin").orElseThrow();
            assertThat(admin.passwordHash()).startsWith("$2").doesNotContain(password);
            ApiClient.signedIn(fixture.baseUrl(), "admin", password);
        }
    }

    @Test
    void everyResponseForbidsInlineScriptsAndFraming() {
        try (FixtureServer fixture = new FixtureServer(false)) {
            ApiClient anonymous = ApiClient.anonymous(fixture.baseUrl());
            for (String path : new String[] {"/", "/js/app.js", "/api/items", "/api/nothing-here"}) {
                HttpResponse<String> response = anonymous.get(path);
                String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
                assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
                assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            }
            assertThat(ApiClient.json(anonymous.get("/api/nothing-here")).get("error").asText()).isEqualTo("not_found");
        }
    }

    @Test
    void preservedCaptureIsServedSandboxed() {
        try (FixtureServer fixture = new FixtureServer(false)) {
            ApiClient viewer = ApiClient.signedIn(fixture.baseUrl(), "viewer-user", FixtureServer.PASSWORD);
            String hostile = fixture.backend.incident(FixtureCorpus.HOSTILE_INCIDENT).orElseThrow().items().get(0).id();
            HttpResponse<String> view = viewer.get("/api/items/" + hostile + "/captures/0/view");
            assertThat(view.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .startsWith("sandbox;").contains("default-src 'none'").doesNotContain("allow-scripts");
            HttpResponse<String> download = viewer.get("/api/items/" + hostile + "/captures/0");
            assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/octet-stream");
            assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        }
    }
}
