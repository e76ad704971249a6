package org.frontwatch.app.server.view;

import java.util.List;
import java.util.Objects;

/** One item found by a search, with its highlighted snippet. */
public record SearchHit(ItemSummary item, List<SnippetPart> snippet) {
    public SearchHit {
        Objects.requireNonNull(item, "item");
        snippet = List.copyOf(snippet);
    }
}
