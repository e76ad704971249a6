package org.frontwatch.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.frontwatch.extract.text.Token;
import org.frontwatch.extract.text.TokenKind;
import org.frontwatch.model.Span;
import org.junit.jupiter.api.Test;

class CueWordSetTest {
    private static final List<CueWord> WORDS = List.of(CueWord.parse("обращение"), CueWord.parse("мобилиз*"),
            CueWord.parse("мобилизованный"), CueWord.parse("appeal*"), CueWord.parse("в'язень"));

    private static final List<List<String>> WORDS_ASKED = List.of(List.of("обращение"), List.of("обращения"),
            List.of("мобилизация"), List.of("мобилиз"), List.of("мобили"), List.of("appealed"), List.of("appeal"),
            List.of("в'язень"), List.of("вязень"), List.of(""), List.of("мобилизованных", "мобилизованный"),
            List.of("просьба", "обращение"), List.of("m"), List.of("Appeal"));

    @Test
    void matchesWhereSomeCueWordOfItWould() {
        CueWordSet set = CueWordSet.of(WORDS);
        for (List<String> forms : WORDS_ASKED) {
            assertThat(set.matches(forms)).as("%s", forms)
                    .isEqualTo(WORDS.stream().anyMatch(word -> word.matches(forms)));
        }
    }

    @Test
    void matchesTokensByTheirTextAndLemmasAsCueWordsDo() {
        CueWordSet set = CueWordSet.of(WORDS);
        Token lemmaOnly = new Token("мобилизованных", new Span(0, 14), TokenKind.WORD, Set.of("мобилизованный"));
        Token neither = new Token("просьбы", new Span(0, 7), TokenKind.WORD, Set.of("просьба"));
        Token byText = new Token("Appeals", new Span(0, 7), TokenKind.WORD, Set.of());
        for (Token token : List.of(lemmaOnly, neither, byText)) {
            assertThat(set.matches(token)).as(token.text())
                    .isEqualTo(WORDS.stream().anyMatch(word -> word.matches(token)));
        }
        assertThat(set.matches(lemmaOnly)).isTrue();
        assertThat(set.matches(neither)).isFalse();
    }

    @Test
    void anEmptyPrefixMatchesEveryWordAndAnEmptySetNone() {
        assertThat(CueWordSet.of(List.of(CueWord.parse("*"))).matches(List.of("любое"))).isTrue();
        assertThat(CueWordSet.EMPTY.matches(List.of("любое"))).isFalse();
        assertThat(CueWordSet.EMPTY.isEmpty()).isTrue();
    }
}
