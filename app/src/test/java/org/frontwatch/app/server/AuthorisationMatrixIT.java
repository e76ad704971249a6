package org.frontwatch.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.frontwatch.app.server.auth.Account;
import org.frontwatch.app.server.auth.ApiToken;
import org.frontwatch.app.server.auth.Role;
import org.frontwatch.model.ContentDigest;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint × anonymous / viewer / analyst / admin × public mode off and on, with the status each must get.
 * Signed-in callers use a fresh browser session (cookie and CSRF token) with public mode off, and a bearer token
 * with public mode on, where the server ignores who they are.
 */
class AuthorisationMatrixIT {
    private enum Who { ANONYMOUS, VIEWER, ANALYST, ADMIN }

    /** One endpoint: how to call it and what a caller of each kind gets, public mode off then on. */
    private record Endpoint(String method, Function<FixtureServer, String> path, String body, int[] off, int[] on) {
    }

    private static final int OK = 200;
    private static final int CREATED = 201;
    private static final int NO_CONTENT = 204;
    private static final int UNAUTHORIZED = 401;
    private static final int FORBIDDEN = 403;
    private static final int NOT_FOUND = 404;

    private static int[] read(int success) {
        return new int[] {UNAUTHORIZED, success, success, success};
    }

    private static int[] analyst(int success) {
        return new int[] {UNAUTHORIZED, FORBIDDEN, success, success};
    }

    private static int[] admin(int success) {
        return new int[] {UNAUTHORIZED, FORBIDDEN, FORBIDDEN, success};
    }

    private static int[] everyone(int status) {
        return new int[] {status, status, status, status};
    }

    private static String appealItem(FixtureServer fixture) {
        return fixture.backend.incident(FixtureCorpus.APPEAL_INCIDENT).orElseThrow().items().get(0).id();
    }

    private static String refusalItem(FixtureServer fixture) {
        return fixture.backend.incident(FixtureCorpus.REFUSAL_INCIDENT).orElseThrow().items().get(0).id();
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", f -> "/", null, everyone(OK), everyone(OK)),
            new Endpoint("GET", f -> "/openapi.json", null, everyone(OK), everyone(OK)),
            new Endpoint("GET", f -> "/api/session", null, everyone(OK), everyone(OK)),
            new Endpoint("POST", f -> "/api/login",
                    "{\"name\":\"viewer-user\",\"password\":\"" + FixtureServer.PASSWORD + "\"}",
                    everyone(OK), everyone(FORBIDDEN)),
            new Endpoint("POST", f -> "/api/logout", "{}", everyone(OK), everyone(FORBIDDEN)),
            new Endpoint("POST", f -> "/api/password", "{\"current\":\"" + FixtureServer.PASSWORD
                    + "\",\"password\":\"" + FixtureServer.PASSWORD + "\"}", read(OK), everyone(FORBIDDEN)),
            new Endpoint("GET", f -> "/api/items", null, read(OK), everyone(OK)),
            new Endpoint("GET", f -> "/api/search?q=Avdiivka", null, read(OK), everyone(OK)),
            new Endpoint("GET", f -> "/api/items/" + appealItem(f), null, read(OK), everyone(OK)),
            new Endpoint("GET", f -> "/api/items/" + refusalItem(f), null, read(OK), everyone(NOT_FOUND)),
            new Endpoint("GET", f -> "/api/items/" + appealItem(f) + "/captures/0", null, read(OK),
                    everyone(FORBIDDEN)),
            new Endpoint("GET", f -> "/api/items/" + appealItem(f) + "/captures/0/view", null, read(OK),
                    everyone(OK)),
            new Endpoint("GET", f -> "/api/incidents", null, read(OK), everyone(OK)),
            new Endpoint("GET", f -> "/api/incidents/" + FixtureCorpus.APPEAL_INCIDENT, null, read(OK), everyone(OK)),
            new Endpoint("GET", f -> "/api/incidents/" + FixtureCorpus.REFUSAL_INCIDENT, null, read(OK),
                    everyone(NOT_FOUND)),
            new Endpoint("POST", f -> "/api/incidents/" + FixtureCorpus.APPEAL_INCIDENT + "/status",
                    "{\"status\":\"verified\",\"note\":\"two independent sources\"}", analyst(OK),
                    everyone(FORBIDDEN)),
            new Endpoint("GET", f -> "/api/tally?by=origin&type=APPEAL&since=2023-02-01", null, read(OK),
                    everyone(OK)),
            new Endpoint("GET", f -> "/api/claims", null, read(OK), everyone(OK)),
            new Endpoint("GET", f -> "/api/units/unit:regiment:1439", null, read(OK), everyone(OK)),
            new Endpoint("GET", f -> "/api/export?format=csv", null, read(OK), everyone(OK)),
            new Endpoint("POST", f -> "/api/ingest?name=post.txt", "Солдаты записали обращение.", analyst(CREATED),
                    everyone(FORBIDDEN)),
            new Endpoint("GET", f -> "/api/users", null, admin(OK), everyone(FORBIDDEN)),
            new Endpoint("POST", f -> "/api/users", "{\"name\":\"new-viewer\",\"role\":\"viewer\"}", admin(CREATED),
                    everyone(FORBIDDEN)),
            new Endpoint("DELETE", f -> "/api/users/" + victim(f), null, admin(NO_CONTENT), everyone(FORBIDDEN)),
            new Endpoint("GET", f -> "/api/tokens", null, admin(OK), everyone(FORBIDDEN)),
            new Endpoint("POST", f -> "/api/tokens", "{\"owner\":\"viewer-user\",\"label\":\"script\"}",
                    admin(CREATED), everyone(FORBIDDEN)),
            new Endpoint("DELETE", f -> "/api/tokens/" + victimToken(f), null, admin(NO_CONTENT),
                    everyone(FORBIDDEN)));

    private static int victims;

    private static String victim(FixtureServer fixture) {
        String name = "victim-" + victims++;
        fixture.backend.accounts().save(new Account(name, Role.VIEWER, "$2a$04$" + "x".repeat(53), Instant.now()));
        return name;
    }

    private static String victimToken(FixtureServer fixture) {
        String id = "tok" + victims++;
        fixture.backend.accounts().save(new ApiToken(id, "viewer-user", "victim",
                ContentDigest.sha256Hex(id.getBytes(StandardCharsets.UTF_8)), Instant.now()));
        return id;
    }

    @Test
    void everyEndpointAnswersEachRoleAsExpectedWithPublicModeOff() {
        check(false);
    }

    @Test
    void everyEndpointAnswersEachCallerAsExpectedWithPublicModeOn() {
        check(true);
    }

    private static void check(boolean publicMode) {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        try (FixtureServer fixture = new FixtureServer(publicMode)) {
            for (String role : List.of("viewer", "analyst", "admin")) {
                fixture.backend.accounts().save(new ApiToken(role + "-token", role + "-user", "matrix",
                        ContentDigest.sha256Hex((role + "-secret").getBytes(StandardCharsets.UTF_8)), Instant.now()));
            }
            for (Endpoint endpoint : ENDPOINTS) {
                for (Who who : Who.values()) {
                    ApiClient client = client(fixture, who, publicMode);
                    String path = endpoint.path().apply(fixture);
                    HttpResponse<String> response = client.send(endpoint.method(), path, endpoint.body());
                    int expected = (publicMode ? endpoint.on() : endpoint.off())[who.ordinal()];
                    cells++;
                    if (response.statusCode() != expected) {
                        wrong.add(endpoint.method() + " " + path + " as " + who + ": expected " + expected + ", got "
                                + response.statusCode() + " " + abbreviated(response.body()));
                    }
                    if (response.statusCode() >= 400) {
                        assertThat(ApiClient.json(response).has("error")).as("error body of " + path).isTrue();
                    }
                }
            }
        }
        assertThat(wrong).as("wrong statuses among %d cells", cells).isEmpty();
        assertThat(cells).isEqualTo(ENDPOINTS.size() * 4);
    }

    private static ApiClient client(FixtureServer fixture, Who who, boolean publicMode) {
        if (who == Who.ANONYMOUS) {
            return ApiClient.anonymous(fixture.baseUrl());
        }
        String role = who.name().toLowerCase(Locale.ROOT);
        return publicMode ? ApiClient.bearer(fixture.baseUrl(), role + "-secret")
                : ApiClient.signedIn(fixture.baseUrl(), role + "-user", FixtureServer.PASSWORD);
    }

    private static String abbreviated(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
