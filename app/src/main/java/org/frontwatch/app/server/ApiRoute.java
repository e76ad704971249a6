package org.frontwatch.app.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Objects;

/**
 * One row of the route table: method, path, who may call it, and what it does. The same table registers the
 * handlers, guards them and writes {@code /openapi.json}.
 *
 * @param parameters query parameters, as {@code name: description}, for the OpenAPI document
 */
public record ApiRoute(HandlerType method, String path, Access access, String summary, List<String> parameters,
                       Handler handler) {
    public ApiRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(summary, "summary");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(handler, "handler");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a route path must start with '/': " + path);
        }
    }

    public boolean changesState() {
        return method != HandlerType.GET && method != HandlerType.HEAD;
    }

    static ApiRoute get(String path, Access access, String summary, Handler handler, String... parameters) {
        return new ApiRoute(HandlerType.GET, path, access, summary, List.of(parameters), handler);
    }

    static ApiRoute post(String path, Access access, String summary, Handler handler, String... parameters) {
        return new ApiRoute(HandlerType.POST, path, access, summary, List.of(parameters), handler);
    }

    static ApiRoute delete(String path, Access access, String summary, Handler handler) {
        return new ApiRoute(HandlerType.DELETE, path, access, summary, List.of(), handler);
    }
}
