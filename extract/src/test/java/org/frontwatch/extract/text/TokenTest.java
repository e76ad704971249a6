package org.frontwatch.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import org.frontwatch.model.Span;
import org.junit.jupiter.api.Test;

class TokenTest {
    @Test
    void theLemmasOfAWordComeInOneOrderWhateverOrderTheDictionaryGaveThem() {
        Token one = new Token("хроники", new Span(0, 7), TokenKind.WORD,
                new LinkedHashSet<>(List.of("хроника", "хроник")));
        Token other = new Token("хроники", new Span(0, 7), TokenKind.WORD,
                new LinkedHashSet<>(List.of("хроник", "хроника")));
        assertThat(one.foldedLemmas()).containsExactly("хроник", "хроника").isEqualTo(other.foldedLemmas());
        assertThat(one.loweredForms()).isEqualTo(other.loweredForms());
    }
}
