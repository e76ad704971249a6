package org.frontwatch.bench.ner;

import java.util.Objects;
import org.frontwatch.model.Span;

/** A gold object of factRuEval-2016: its scored class (LOC or ORG), its extent in the text and its text. */
record GoldEntity(String kind, Span span, String text) {
    GoldEntity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
