package org.frontwatch.archive.collect.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the date forms pages and feeds write: ISO 8601 with or without offset or time (no offset means UTC),
 * RFC 822/1123 as in RSS ({@code Tue, 05 Mar 2024 09:15:00 +0300}), with or without the weekday.
 */
public final class PublicationDates {
    private static final DateTimeFormatter RFC_822_NO_WEEKDAY =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm[:ss] [Z][z]", Locale.ENGLISH);
    private static final DateTimeFormatter RFC_822 =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] [Z][z]", Locale.ENGLISH);

    private PublicationDates() {
    }

    /** The instant {@code text} names, or empty when it is not a date in a form read here. */
    public static Optional<Instant> parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return Optional.of(LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value)
                    .atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException ignored) {
            // next form
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {RFC_822, RFC_822_NO_WEEKDAY}) {
            try {
                return Optional.of(ZonedDateTime.parse(value, format).toInstant());
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        return Optional.empty();
    }
}
