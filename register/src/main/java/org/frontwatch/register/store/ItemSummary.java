package org.frontwatch.register.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.model.ItemStatus;
import org.frontwatch.model.Language;
import org.frontwatch.model.SourceKind;

/** One row of an item listing: enough to show and filter it, without its text. */
public record ItemSummary(String id, SourceKind kind, String source, String uri, Optional<Instant> published,
                          String title, Language language, ItemStatus status) {
    public ItemSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(status, "status");
    }
}
