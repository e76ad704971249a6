package org.frontwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordStartPatternsTest {
    private static final int INSENSITIVE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String TEXT = "On 9 March 2023, в ночь на вторник, в этом году и в прошлом году, 1439-й полк; "
            + "the 58th Army; 12.03.2023 and В/Ч 12345. Вчера в феврале; in February; ёлка Ёлка; «Шторм-Z»; "
            + "mid-March; за 3 дня; 3 дня назад; this year, not the year; 7 марта 7 марта.";
    private static final List<String> REGEXES = List.of(
            "(?<![\\p{L}\\p{N}])(\\d{1,2})(?:-?(?:го|е)|st|th)?\\s+(?:March|марта|лютого)(?![\\p{L}\\p{N}])",
            "(?<![\\p{L}\\p{N}])(?:(?:в\\s+|у\\s+)?ночь\\s+на|night\\s+to)\\s+(вторник|Tuesday)(?![\\p{L}\\p{N}])",
            "(?<![\\p{L}\\p{N}])(?:this year|в этом году)(?![\\p{L}\\p{N}])",
            "(?<![\\p{L}\\p{N}])(?:last year|в прошлом году)(?![\\p{L}\\p{N}])",
            "(?<![\\p{L}])(?:в/ч|войсковая часть)\\s*(\\d{3,6})(?![\\p{L}\\p{N}])",
            "(?<=(?:\\s|^)(?iu:[вуз]|во)\\s)(феврал[еья])",
            "(?<![\\p{L}\\p{N}])(?:вчера|yesterday|ёлк[аи])(?![\\p{L}\\p{N}])",
            "(?<![\\p{L}\\p{N}])(Шторм-Z|Storm-Z)(?![\\p{L}\\p{N}])",
            "(?<![\\p{L}\\p{N}])(\\d{1,2}|три|three)\\s+(?:дн[яей]|days?)\\s+(?:назад|ago)(?![\\p{L}\\p{N}])",
            "(?<![\\p{L}\\p{N}])(?:mid-|mid\\s)(March|February)",
            "(?<![\\p{L}\\p{N}])(\\d{1,2})[./](\\d{1,2})[./](\\d{4}|\\d{2})(?![\\p{L}\\p{N}])",
            "\\b(?:the\\s+)?(\\d+)(?:st|th)\\b");

    @Test
    void findsWhatEachPatternFindsInTurnAndInThatOrder() {
        int[] starts = WordStarts.of(TEXT);
        for (int flags : new int[] {0, INSENSITIVE}) {
            List<WordStartPattern> patterns = new ArrayList<>();
            List<String> oneByOne = new ArrayList<>();
            for (String regex : REGEXES) {
                WordStartPattern pattern = WordStartPattern.compile(regex, flags);
                int index = patterns.size();
                patterns.add(pattern);
                pattern.forEachMatch(TEXT, starts, m -> oneByOne.add(index + "@" + m.start() + ":" + m.group()));
            }
            WordStartPatterns together = WordStartPatterns.of(patterns);
            for (int pass = 0; pass < 2; pass++) {
                List<String> inOnePass = new ArrayList<>();
                together.forEachMatch(TEXT, starts, (k, m) -> inOnePass.add(k + "@" + m.start() + ":" + m.group()));

                assertThat(inOnePass).as("flags " + flags + ", pass " + pass).isEqualTo(oneByOne);
            }
            assertThat(oneByOne).as("flags " + flags).hasSizeGreaterThan(10);
        }
    }

    @Test
    void aWordIsJudgedWithTheBeginningOfTheNext() {
        WordStartPattern thisYear = WordStartPattern.compile(REGEXES.get(2), INSENSITIVE);

        assertThat(thisYear.canBegin("в эт")).isTrue();
        assertThat(thisYear.canBegin("в пр")).isFalse();
        assertThat(thisYear.canBegin("this y")).isTrue();
        assertThat(thisYear.canBegin("the y")).isFalse();
        assertThat(thisYear.canBegin("В")).isTrue();
    }

    @Test
    void aMatchLongerThanTheFirstWordsIsStillFound() {
        WordStartPattern longWord = WordStartPattern.compile(
                "(?<![\\p{L}])(?:противовоздушнойобороныбригада)\\s+(\\d+)", INSENSITIVE);
        List<String> found = new ArrayList<>();
        String text = "и противовоздушнойобороныбригада 12 и";
        WordStartPatterns.of(List.of(longWord)).forEachMatch(text, WordStarts.of(text), (k, m) -> found.add(m.group()));

        assertThat(found).containsExactly("противовоздушнойобороныбригада 12");
    }
}
