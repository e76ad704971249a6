package org.frontwatch.app.server.view;

import java.util.Objects;

/**
 * A piece of a search snippet, highlighted when it matched the query. Snippets travel as parts, never as markup,
 * so that the browser can render source text with {@code textContent} only.
 */
public record SnippetPart(String text, boolean highlighted) {
    public SnippetPart {
        Objects.requireNonNull(text, "text");
    }
}
