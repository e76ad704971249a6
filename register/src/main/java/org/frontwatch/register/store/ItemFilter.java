package org.frontwatch.register.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.model.ItemStatus;
import org.frontwatch.model.Language;
import org.frontwatch.model.SourceKind;

/**
 * Which items to list: every present filter must hold; {@code since}/{@code until} bound the publication day
 * (inclusive). Items are listed newest first, then by id.
 */
public record ItemFilter(Optional<SourceKind> kind, Optional<Language> language, Optional<String> source,
                         Optional<LocalDate> since, Optional<LocalDate> until, Optional<ItemStatus> status,
                         int limit, int offset) {
    public static final int MAX_LIMIT = 10_000;

    public ItemFilter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(status, "status");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }

    /** No filter, the first {@code limit} items. */
    public static ItemFilter first(int limit) {
        return new ItemFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), limit, 0);
    }

    public ItemFilter withKind(SourceKind value) {
        return new ItemFilter(Optional.of(value), language, source, since, until, status, limit, offset);
    }

    public ItemFilter withLanguage(Language value) {
        return new ItemFilter(kind, Optional.of(value), source, since, until, status, limit, offset);
    }

    public ItemFilter withSource(String value) {
        return new ItemFilter(kind, language, Optional.of(value), since, until, status, limit, offset);
    }

    public ItemFilter withDates(Optional<LocalDate> from, Optional<LocalDate> to) {
        return new ItemFilter(kind, language, source, from, to, status, limit, offset);
    }

    public ItemFilter withStatus(ItemStatus value) {
        return new ItemFilter(kind, language, source, since, until, Optional.of(value), limit, offset);
    }

    public ItemFilter withOffset(int value) {
        return new ItemFilter(kind, language, source, since, until, status, limit, value);
    }
}
