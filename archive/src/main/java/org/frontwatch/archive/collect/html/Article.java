package org.frontwatch.archive.collect.html;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a page says as an article: its title, its text without boilerplate, and what the page tells about its
 * publication.
 *
 * @param canonicalUrl the page's own address ({@code <link rel=canonical>} or {@code og:url}), if it gives one
 */
public record Article(String title, String text, Optional<Instant> published, Optional<String> siteName,
                      Optional<String> canonicalUrl) {
    public Article {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    }
}
