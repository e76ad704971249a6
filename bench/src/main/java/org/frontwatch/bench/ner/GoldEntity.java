package org.frontwatch.bench.ner;

import java.util.Objects;
import org.frontwatch.model.Span;

/**
 * A gold entity of a NER test set (factRuEval-2016, NER-UK): its scored class (LOC, ORG, DATE), its extent in the
 * text and its text.
 */
record GoldEntity(String kind, Span span, String text) {
    GoldEntity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
