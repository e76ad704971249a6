package org.frontwatch.register.index;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.model.Language;

/**
 * One matching item. {@code snippet} is HTML: the source text escaped, matches wrapped in {@code <mark>}; it is
 * safe to insert into a page as is.
 */
public record SearchHit(String itemId, float score, String title, String source, Language language,
                        Optional<LocalDate> published, String snippet) {
    public SearchHit {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(snippet, "snippet");
    }
}
