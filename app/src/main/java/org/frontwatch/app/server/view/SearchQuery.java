package org.frontwatch.app.server.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A search over items: free text (empty lists everything), facet filters, a publication date range and a page.
 *
 * @param filters facet name ({@link #FACETS}) to the values any of which an item must carry
 * @param within  when present, only these item ids may be found (public mode passes the public items)
 */
public record SearchQuery(String text, Map<String, List<String>> filters, Optional<LocalDate> from,
                          Optional<LocalDate> to, Optional<Set<String>> within, int offset, int limit) {
    /** The facets the UI filters by: event type, region of origin, region of the event, unit, language, source. */
    public static final List<String> FACETS = List.of("type", "origin", "region", "unit", "language", "source");
    public static final int MAX_LIMIT = 200;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        filters = Map.copyOf(filters);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        within = within.map(Set::copyOf);
        for (String facet : filters.keySet()) {
            if (!FACETS.contains(facet)) {
                throw new IllegalArgumentException("unknown facet: " + facet + " (one of " + FACETS + ")");
            }
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }

    public List<String> filter(String facet) {
        return filters.getOrDefault(facet, List.of());
    }

    public SearchQuery within(Set<String> itemIds) {
        return new SearchQuery(text, filters, from, to, Optional.of(itemIds), offset, limit);
    }
}
