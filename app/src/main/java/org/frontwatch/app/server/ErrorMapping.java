package org.frontwatch.app.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.frontwatch.model.BadInputException;
import org.frontwatch.model.CaptureRefusedException;
import org.frontwatch.model.EvidenceException;
import org.frontwatch.model.FrontwatchException;
import org.frontwatch.model.StoreException;
import org.frontwatch.model.UsageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP statuses. Every error answer is JSON {@code {error, message}}; errors
 * the caller did not cause say only that something failed, and the details go to the log.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void install(RoutesConfig routes) {
        routes.exception(Exception.class, (exception, context) -> answer(context, exception));
        routes.error(404, context -> {
            String result = context.result();
            if (result == null || !result.startsWith("{")) {
                write(context, HttpStatus.NOT_FOUND, "not_found", "no such address: " + context.path());
            }
        });
        routes.error(405, context -> write(context, HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
                context.method() + " is not allowed on " + context.path()));
    }

    static void answer(Context context, Exception exception) {
        if (exception instanceof ThrottledException throttled) {
            context.header("Retry-After", Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
            write(context, HttpStatus.TOO_MANY_REQUESTS, "too_many_attempts", throttled.getMessage());
        } else if (exception instanceof AccessDeniedException denied) {
            write(context, denied.signingInWouldHelp() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN,
                    denied.signingInWouldHelp() ? "unauthorized" : "forbidden", denied.getMessage());
        } else if (exception instanceof NotFoundException) {
            write(context, HttpStatus.NOT_FOUND, "not_found", exception.getMessage());
        } else if (exception instanceof UsageException || exception instanceof IllegalArgumentException) {
            write(context, HttpStatus.BAD_REQUEST, "bad_request", exception.getMessage());
        } else if (exception instanceof BadInputException || exception instanceof CaptureRefusedException) {
            write(context, HttpStatus.UNPROCESSABLE_CONTENT, "bad_input", exception.getMessage());
        } else if (exception instanceof EvidenceException) {
            LOG.warn("evidence check failed on {} {}", context.method(), context.path(), exception);
            write(context, HttpStatus.CONFLICT, "evidence_failed", exception.getMessage());
        } else if (exception instanceof StoreException) {
            LOG.error("register failed on {} {}", context.method(), context.path(), exception);
            write(context, HttpStatus.SERVICE_UNAVAILABLE, "store_unavailable",
                    "the register could not answer; see the server log");
        } else if (exception instanceof HttpResponseException http) {
            HttpStatus status = HttpStatus.forStatus(http.getStatus());
            write(context, status, status.name().toLowerCase(java.util.Locale.ROOT), http.getMessage());
        } else if (exception instanceof FrontwatchException) {
            LOG.error("failed on {} {}", context.method(), context.path(), exception);
            write(context, HttpStatus.INTERNAL_SERVER_ERROR, "failed", exception.getMessage());
        } else {
            LOG.error("unexpected failure on {} {}", context.method(), context.path(), exception);
            write(context, HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
                    "unexpected failure; see the server log");
        }
    }

    private static void write(Context context, HttpStatus status, String error, String message) {
        context.status(status).json(Map.of("error", error, "message", message == null ? "" : message));
    }
}
