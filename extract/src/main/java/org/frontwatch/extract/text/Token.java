package org.frontwatch.extract.text;

import java.util.Objects;
import java.util.Set;
import org.frontwatch.model.Span;

/**
 * One token of a text with its span and the lemmas the morphological dictionary gives for it (lowercase; empty for
 * numbers, punctuation and words the dictionary does not know).
 */
public record Token(String text, Span span, TokenKind kind, Set<String> lemmas) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        lemmas = Set.copyOf(lemmas);
    }

    /** Whether the token's lowercase form or one of its lemmas is {@code lemma}. */
    public boolean hasLemma(String lemma) {
        return lemmas.contains(lemma) || text.toLowerCase(java.util.Locale.ROOT).equals(lemma);
    }
}
