package org.frontwatch.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of source material — an article, a Telegram message, a captured page — as read from its capture.
 * Its {@code id} is the SHA-256 of the capture payload, so reading the same input twice yields the same item.
 *
 * @param source   the channel, outlet or site it came from ("Baikal Watch", "verstka.media")
 * @param uri      where it was published (post link, article URL, or a {@code tg://} / {@code file:} URI)
 * @param title    headline or first line; may be empty
 * @param text     plain text with boilerplate removed: the text that extraction reads
 * @param metadata format-specific facts kept as evidence (message id, forwarded_from, edited, reply_to…)
 */
public record Item(String id, SourceKind kind, String source, String uri, Optional<Instant> published,
                   String title, String text, Map<String, String> metadata) {
    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        metadata = Map.copyOf(metadata);
        if (!id.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("item id must be a SHA-256 in lowercase hex: " + id);
        }
    }
}
