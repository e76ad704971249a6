package org.frontwatch.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** A plain HTTP client for API tests: optional session cookie with CSRF token, or a bearer token. */
final class ApiClient {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String baseUrl;
    private final Optional<String> cookie;
    private final Optional<String> csrfToken;
    private final Optional<String> bearer;

    private ApiClient(String baseUrl, Optional<String> cookie, Optional<String> csrfToken, Optional<String> bearer) {
        this.baseUrl = baseUrl;
        this.cookie = cookie;
        this.csrfToken = csrfToken;
        this.bearer = bearer;
    }

    static ApiClient anonymous(String baseUrl) {
        return new ApiClient(baseUrl, Optional.empty(), Optional.empty(), Optional.empty());
    }

    static ApiClient bearer(String baseUrl, String secret) {
        return new ApiClient(baseUrl, Optional.empty(), Optional.empty(), Optional.of(secret));
    }

    /** Signs in and keeps the session cookie and CSRF token. */
    static ApiClient signedIn(String baseUrl, String name, String password) {
        HttpResponse<String> response = anonymous(baseUrl).send("POST", "/api/login",
                "{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}");
        if (response.statusCode() != 200) {
            throw new AssertionError("sign-in of " + name + " failed: " + response.statusCode() + " " + response.body());
        }
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        return new ApiClient(baseUrl, Optional.of(cookie), Optional.of(json(response).get("csrfToken").asText()),
                Optional.empty());
    }

    ApiClient withoutCsrfToken() {
        return new ApiClient(baseUrl, cookie, Optional.empty(), bearer);
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    HttpResponse<String> send(String method, String path, String body) {
        return send(method, path, body, Optional.of(baseUrl));
    }

    HttpResponse<String> send(String method, String path, String body, Optional<String> origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", path.startsWith("/api/ingest") ? "application/octet-stream"
                    : "application/json");
        }
        if (!method.equals("GET")) {
            origin.ifPresent(value -> request.header("Origin", value));
        }
        cookie.ifPresent(value -> request.header("Cookie", value));
        csrfToken.ifPresent(value -> request.header("X-CSRF-Token", value));
        bearer.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
