package org.frontwatch.app.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes the OpenAPI 3.0 description of the API from the route table, so that the two never disagree. */
final class OpenApiDocument {
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([a-z]+)}");

    private OpenApiDocument() {
    }

    static Map<String, Object> of(List<ApiRoute> routes, boolean publicMode) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (ApiRoute route : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> path = (Map<String, Object>) paths.computeIfAbsent(route.path(),
                    key -> new LinkedHashMap<String, Object>());
            path.put(route.method().name().toLowerCase(Locale.ROOT), operation(route, publicMode));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        document.put("info", Map.of("title", "Frontwatch API", "version", "0.1.0",
                "description", "Preserved, verified, queryable register of conflict reporting. Errors are JSON "
                        + "{error, message}. State-changing requests from a browser session need the "
                        + Gate.CSRF_HEADER + " header from GET /api/session; scripts use 'Authorization: Bearer'."
                        + (publicMode ? " This server runs in public mode: read-only, anonymous, redacted." : "")));
        document.put("components", Map.of("securitySchemes", Map.of(
                "session", Map.of("type", "apiKey", "in", "cookie", "name", Gate.SESSION_COOKIE),
                "token", Map.of("type", "http", "scheme", "bearer"))));
        document.put("paths", paths);
        return document;
    }

    private static Map<String, Object> operation(ApiRoute route, boolean publicMode) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("summary", route.summary());
        operation.put("x-access", publicMode && route.access() == Access.READ ? "anyone (public mode)"
                : route.access().name().toLowerCase(Locale.ROOT));
        List<Map<String, Object>> parameters = new java.util.ArrayList<>();
        Matcher matcher = PATH_PARAMETER.matcher(route.path());
        while (matcher.find()) {
            parameters.add(Map.of("name", matcher.group(1), "in", "path", "required", true,
                    "schema", Map.of("type", "string")));
        }
        for (String parameter : route.parameters()) {
            int colon = parameter.indexOf(':');
            parameters.add(Map.of("name", parameter.substring(0, colon).trim(), "in", "query", "required", false,
                    "description", parameter.substring(colon + 1).trim(), "schema", Map.of("type", "string")));
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        if (route.access() != Access.OPEN) {
            operation.put("security", List.of(Map.of("session", List.of()), Map.of("token", List.of())));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Map.of("description", "OK"));
        responses.put("400", Map.of("description", "bad request"));
        if (route.access() != Access.OPEN) {
            responses.put("401", Map.of("description", "not signed in"));
            responses.put("403", Map.of("description", "role too low, CSRF or origin check failed, or public mode"));
        }
        if (route.path().contains("{")) {
            responses.put("404", Map.of("description", "not found"));
        }
        operation.put("responses", responses);
        return operation;
    }
}
