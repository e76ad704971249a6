package org.frontwatch.register.index;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A search as an investigator types it, plus optional date bounds and a page. The text takes words (all must
 * match), {@code "quoted phrases"}, {@code field:value} for the keyword fields (type, origin, region, place,
 * unit, org, language, source, kind — values may hold colons, {@code unit:regiment:1439}; quote values with
 * spaces, {@code source:"Baikal Watch"}), {@code date:2023-02-01..2023-03-08}, {@code since:2023-02-01},
 * {@code until:2023-03-08}, and {@code -word} to exclude.
 */
public record SearchQuery(String text, Optional<LocalDate> since, Optional<LocalDate> until, int limit, int offset) {
    public static final int MAX_LIMIT = 1000;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0 || offset > 100_000) {
            throw new IllegalArgumentException("offset must be 0..100000: " + offset);
        }
    }

    /** The first {@code limit} hits of {@code text}. */
    public static SearchQuery of(String text, int limit) {
        return new SearchQuery(text, Optional.empty(), Optional.empty(), limit, 0);
    }

    public SearchQuery page(int newOffset) {
        return new SearchQuery(text, since, until, limit, newOffset);
    }
}
