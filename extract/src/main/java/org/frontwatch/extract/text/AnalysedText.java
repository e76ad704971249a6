package org.frontwatch.extract.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.model.Language;

/** A text as every finder reads it: the text itself, its language, publication date, sentences and tokens. */
public record AnalysedText(String text, Language language, Optional<LocalDate> published, List<Sentence> sentences) {
    public AnalysedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(published, "published");
        sentences = List.copyOf(sentences);
    }

    /** All tokens, in order. */
    public List<Token> tokens() {
        return sentences.stream().flatMap(s -> s.tokens().stream()).toList();
    }
}
