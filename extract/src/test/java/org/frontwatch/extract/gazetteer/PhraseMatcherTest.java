package org.frontwatch.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.frontwatch.extract.text.TextAnalyser;
import org.frontwatch.extract.text.Token;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
    private final TextAnalyser analyser = TextAnalyser.bundled();

    private List<Token> tokens(String text, Language language) {
        return analyser.analyse(text, language, Optional.empty()).tokens();
    }

    @Test
    void matchesInflectedMultiWordNamesThroughLemmas() {
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder(analyser);
        builder.add("Новая Каховка", Language.RU, "nova-kakhovka");
        PhraseMatcher<String> matcher = builder.build();
        List<PhraseMatch<String>> matches = matcher.matchesAt(tokens("в Новой Каховке", Language.RU), 1);
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualTo("nova-kakhovka");
            assertThat(m.end()).isEqualTo(3);
        });
    }

    @Test
    void guessesEndingsOfUnknownCapitalisedNamesOnlyWhenAllowed() {
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder(analyser);
        builder.addDictionaryForm("Клещеевка", Language.RU, "guess", true);
        builder.addDictionaryForm("Броквиль", Language.RU, "no-guess", false);
        PhraseMatcher<String> matcher = builder.build();
        assertThat(matcher.matchesAt(tokens("Клещеевкой", Language.RU), 0)).extracting(PhraseMatch::value)
                .containsExactly("guess");
        assertThat(matcher.matchesAt(tokens("Броквиля", Language.RU), 0)).isEmpty();
    }

    @Test
    void requiresCapitalsWhereThePhraseHasThem() {
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder(analyser);
        builder.add("Мир", Language.RU, "village");
        builder.add("ДНР", Language.RU, "UA-14");
        PhraseMatcher<String> matcher = builder.build();
        assertThat(matcher.matchesAt(tokens("мир", Language.RU), 0)).isEmpty();
        assertThat(matcher.matchesAt(tokens("Днр", Language.RU), 0)).isEmpty();
        assertThat(matcher.matchesAt(tokens("ДНР", Language.RU), 0)).hasSize(1);
    }
}
