package org.frontwatch.archive.collect.feed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of one feed entry as read, before they become an item: child element local names mapped to their
 * text ({@code title}, {@code link}, {@code description}, {@code encoded}, {@code content}, {@code pubDate}…),
 * the first value of each name kept.
 *
 * @param xml the entry's own XML, as it stands in the feed
 * @param line the line the entry starts on, for messages
 */
record FeedEntry(String xml, int line, Map<String, String> fields) {
    FeedEntry {
        fields = Map.copyOf(new LinkedHashMap<>(fields));
    }

    Optional<String> field(String... names) {
        for (String name : names) {
            String value = fields.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.strip());
            }
        }
        return Optional.empty();
    }
}
