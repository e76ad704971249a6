package org.frontwatch.extract.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/**
 * The identifier reads words in one pass over the text; these tests hold it to the words the earlier two-step regex
 * split gave (chunks between whitespace or Unicode separators, URLs, @names and hashtags left out, then runs of
 * letters and apostrophes), on texts made to hit the edges.
 */
class LanguageIdentifierScanTest {
    private static final List<String> PIECES = List.of("Бахмут", "області", "the", "of", "и", "що", "ёлка", "ы",
            "ї", "https://t.me/x", "www.site.ru", "t.me/chan", "@name", "#тег", "mail@host.ua", "a://b", "п’ять",
            "з'явився", "ʼ", "'", "İstanbul", "\uD835\uDC00\uD835\uDC01", "😀", "\u0301", "Straße", "123", "-", ",",
            ".", "«", " ", "  ", "\t", "\n", "\u00A0", "\u2028", "\u2029", "\u3000", "x", "ww", "t.me", "#", "@");

    @Test
    void findsTheSameWordsAsTheRegexSplit() {
        Random random = new Random(7);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int k = 0; k < pieces; k++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String sample = text.toString();

            assertThat(scannedWords(sample)).as(sample).isEqualTo(splitWords(sample));
        }
    }

    @Test
    void identifiesMixedTextsAsBefore() {
        LanguageIdentifier identifier = LanguageIdentifier.bundled();

        assertThat(identifier.identify("Ми збираємо звернення https://t.me/ru_channel і перевіряємо їх"))
                .isEqualTo(Language.UK);
        assertThat(identifier.identify("Мы собираем обращения @ukr_name и проверяем их")).isEqualTo(Language.RU);
        assertThat(identifier.identify("The regiment's losses near Бахмут were confirmed")).isEqualTo(Language.EN);
        assertThat(identifier.identify("12 345 — 😀 #тег")).isEqualTo(Language.OTHER);
    }

    /** The words the identifier counts, collected through its scan. */
    private static List<String> scannedWords(String text) {
        List<String> words = new ArrayList<>();
        LanguageIdentifier.forEachWord(text, (from, to) -> words.add(text.substring(from, to)));
        return words;
    }

    /** The earlier definition, kept here as the reference. */
    private static List<String> splitWords(String text) {
        return Arrays.stream(text.split("[\\s\\p{Z}]+"))
                .filter(chunk -> !chunk.contains("://") && !chunk.startsWith("www.") && !chunk.startsWith("@")
                        && !chunk.startsWith("#") && !chunk.contains("@") && !chunk.startsWith("t.me/"))
                .flatMap(chunk -> Arrays.stream(chunk.split("[^\\p{L}'’ʼ]+")))
                .filter(word -> !word.isEmpty())
                .toList();
    }
}
