package org.frontwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordStartPatternTest {
    private static final int INSENSITIVE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String TEXT = "On 9 March 2023, в ночь на вторник, 1439-й полк; the 58th Army; 12.03.2023 and "
            + "В/Ч 12345. Вчера в феврале; in February; ёлка Ёлка; «Шторм-Z»; mid-March; за 3 дня; 3 дня назад.";

    @Test
    void aDigitPatternCannotStartWithALetter() {
        WordStartPattern pattern = WordStartPattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,2})\\s+March", 0);

        assertThat(pattern.canStartWith('7')).isTrue();
        assertThat(pattern.canStartWith('M')).isFalse();
        assertThat(pattern.canStartWith('в')).isFalse();
    }

    @Test
    void aCaseInsensitivePatternCanStartWithEitherCase() {
        WordStartPattern pattern = WordStartPattern.compile("(?:в\\s+)?ночь|night", INSENSITIVE);

        assertThat(pattern.canStartWith('В')).isTrue();
        assertThat(pattern.canStartWith('в')).isTrue();
        assertThat(pattern.canStartWith('Н')).isTrue();
        assertThat(pattern.canStartWith('N')).isTrue();
        assertThat(pattern.canStartWith('д')).isFalse();
    }

    @Test
    void aPositiveLookbehindDoesNotHideWhatFollowsIt() {
        WordStartPattern pattern = WordStartPattern.compile("(?<=(?:\\s|^)(?iu:[вуз]|во)\\s)(феврал[еья])", 0);

        assertThat(pattern.canStartWith('ф')).isTrue();
        assertThat(pattern.canStartWith('в')).isFalse();
    }

    @Test
    void removesLookbehindsButKeepsClassesAndEscapes() {
        assertThat(WordStartPattern.withoutLookbehinds("(?<![\\p{L}(])a(?<=\\)[)])b(?<name>c)\\(?<=d"))
                .isEqualTo("ab(?<name>c)\\(?<=d");
    }

    @Test
    void findsExactlyWhatTheUnfilteredScanFinds() {
        List<String> regexes = List.of(
                "(?<![\\p{L}\\p{N}])(\\d{1,2})(?:-?(?:го|е)|st|th)?\\s+(?:March|марта|лютого)(?![\\p{L}\\p{N}])",
                "(?<![\\p{L}\\p{N}])(?:(?:в\\s+|у\\s+)?ночь\\s+на|night\\s+to)\\s+(вторник|Tuesday)(?![\\p{L}\\p{N}])",
                "(?<![\\p{L}])(?:в/ч|войсковая часть)\\s*(\\d{3,6})(?![\\p{L}\\p{N}])",
                "(?<=(?:\\s|^)(?iu:[вуз]|во)\\s)(феврал[еья])",
                "(?<![\\p{L}\\p{N}])(?:вчера|yesterday|ёлк[аи])(?![\\p{L}\\p{N}])",
                "(?<![\\p{L}\\p{N}])(Шторм-Z|Storm-Z)(?![\\p{L}\\p{N}])",
                "(?<![\\p{L}\\p{N}])(\\d{1,2}|три|three)\\s+(?:дн[яей]|days?)\\s+(?:назад|ago)(?![\\p{L}\\p{N}])",
                "(?<![\\p{L}\\p{N}])(?:mid-|mid\\s)(March|February)",
                "\\b(?:the\\s+)?(\\d+)(?:st|th)\\b");
        int[] starts = WordStarts.of(TEXT);
        for (String regex : regexes) {
            for (int flags : new int[] {0, INSENSITIVE}) {
                Pattern pattern = Pattern.compile(regex, flags);
                List<String> unfiltered = new ArrayList<>();
                WordStarts.forEachMatch(pattern, TEXT, starts, m -> unfiltered.add(m.start() + ":" + m.group()));
                List<String> filtered = new ArrayList<>();
                WordStartPattern.of(pattern).forEachMatch(TEXT, starts, m -> filtered.add(m.start() + ":" + m.group()));

                assertThat(filtered).as(regex + " with flags " + flags).isEqualTo(unfiltered);
            }
        }
    }

    @Test
    void thePatternsFindSomethingInTheTestText() {
        List<String> found = new ArrayList<>();
        WordStartPattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,2})\\s+(?:дн[яей])", INSENSITIVE)
                .forEachMatch(TEXT, WordStarts.of(TEXT), m -> found.add(m.group()));

        assertThat(found).containsExactly("3 дня", "3 дня");
    }
}
