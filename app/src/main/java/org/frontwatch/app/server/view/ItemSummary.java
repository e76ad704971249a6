package org.frontwatch.app.server.view;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.model.ItemStatus;
import org.frontwatch.model.Language;
import org.frontwatch.model.SourceKind;

/** One item as a list row: enough to recognise it and open it. */
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

    public ItemSummary withTitle(String newTitle) {
        return new ItemSummary(id, kind, source, uri, published, newTitle, language, status);
    }

    public ItemSummary withUri(String newUri) {
        return new ItemSummary(id, kind, source, newUri, published, title, language, status);
    }
}
