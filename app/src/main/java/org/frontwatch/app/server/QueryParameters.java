package org.frontwatch.app.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.frontwatch.model.UsageException;

/** Reads typed query parameters; a malformed value is a {@link UsageException} naming the parameter and value. */
final class QueryParameters {
    private final Context context;

    QueryParameters(Context context) {
        this.context = context;
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(context.queryParam(name)).map(String::trim).filter(value -> !value.isEmpty());
    }

    /** Every value of a repeated or comma-separated parameter. */
    List<String> list(String name) {
        return context.queryParams(name).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    Optional<LocalDate> date(String name) {
        return text(name).map(value -> {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new UsageException("query parameter " + name + " must be a date YYYY-MM-DD, not: " + value);
            }
        });
    }

    int integer(String name, int fallback, int min, int max) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number < min || number > max) {
                throw new UsageException("query parameter " + name + " must be between " + min + " and " + max
                        + ", not: " + number);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException("query parameter " + name + " must be a whole number, not: " + value.get());
        }
    }

    <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
        return text(name).map(value -> {
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageException("query parameter " + name + " must be one of "
                        + Arrays.toString(type.getEnumConstants()) + ", not: " + value);
            }
        });
    }
}
