package org.frontwatch.extract.text;

import java.util.List;
import java.util.Objects;
import org.frontwatch.model.Span;

/** A sentence of a text: its span and its tokens in order. */
public record Sentence(Span span, List<Token> tokens) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
    }
}
