package org.frontwatch.app.server;

import io.javalin.http.Context;
import org.frontwatch.model.UsageException;

/** Reads a JSON request body into a record; a missing or malformed body is a {@link UsageException}. */
final class JsonBody {
    private JsonBody() {
    }

    static <T> T read(Context context, Class<T> type) {
        String body = context.body();
        if (body.isBlank()) {
            throw new UsageException(context.method() + " " + context.path() + " needs a JSON body");
        }
        try {
            T value = context.jsonMapper().fromJsonString(body, type);
            if (value == null) {
                throw new UsageException(context.method() + " " + context.path() + " needs a JSON object");
            }
            return value;
        } catch (RuntimeException e) {
            if (e instanceof UsageException usage) {
                throw usage;
            }
            throw new UsageException("request body of " + context.method() + " " + context.path()
                    + " is not the expected JSON: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
