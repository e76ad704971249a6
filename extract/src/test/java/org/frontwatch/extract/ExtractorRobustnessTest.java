package org.frontwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.frontwatch.extract.SharedExtractor.EXTRACTOR;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.junit.jupiter.api.Test;

/**
 * Extraction never fails on odd text: seeded random mixtures of the pieces real posts are made of (numbers with
 * separators, ranges, units, cue words, emoji, combining marks, other scripts) in every language setting, and the
 * inputs that once made it throw. Every mention's text must read back at its offsets.
 */
class ExtractorRobustnessTest {
    private static final String[] PIECES = {"1", "23", "1,439", "3.14.15", "-", "–", " ", "\n", ".", ",", "«", "»",
        "\"", "’", "(", ")", "/", "№", "в/ч", "полк", "1439-го", "мсп", "Иркутской", "области", "Донеччини", "from",
        "the", "Irkutsk", "region", "по данным", "according to", "за даними", "тысяч", "сотни", "півтори", "a day",
        "в сутки", "since", "early", "February", "9 марта", "минулого", "тижня", "в ночь на", "вторник", "#", "@",
        "🇺🇦", "❗️", "1️⃣", "%", "от", "до", "between", "and", "не менее", "понад", "Бахмут", "Авдеевки", "Storm-Z",
        "said", "заявил", "обращение", "штурм", "отказались", "погибли", "…", "2023", "19.02.2023", "10-15", "52-46",
        "½", "\u00AD", "\u200B", "\u0301", "ß", "日本", "\uD83D\uDE00"};

    @Test
    void extractsFromRandomMixturesOfPostPiecesWithoutFailing() {
        Random random = new Random(20260225);
        for (int i = 0; i < 1500; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(30);
            for (int k = 0; k < length; k++) {
                text.append(random.nextInt(8) == 0 ? String.valueOf((char) random.nextInt(0x500))
                        : PIECES[random.nextInt(PIECES.length)]);
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            Optional<Language> language = switch (random.nextInt(4)) {
                case 0 -> Optional.of(Language.RU);
                case 1 -> Optional.of(Language.UK);
                case 2 -> Optional.of(Language.EN);
                default -> Optional.empty();
            };
            Optional<LocalDate> published = random.nextBoolean() ? Optional.of(LocalDate.of(2023, 3, 8))
                    : Optional.empty();
            String input = text.toString();
            assertThatCode(() -> readsBack(input, EXTRACTOR.extract(input, published, language)))
                    .as("text %s", input).doesNotThrowAnyException();
        }
    }

    @Test
    void extractsFromInputsThatOnceThrew() {
        String[] inputs = {"Население сократилось с 52-46 млн человек.", "Станом на 3.14.15 загинули 12 осіб.",
            "за даними \u0301 \u0301 ранены", "between 2310-15 сотни"};
        for (String input : inputs) {
            Extraction extraction = EXTRACTOR.extract(input, Optional.of(LocalDate.of(2023, 3, 8)), Optional.empty());
            readsBack(input, extraction);
        }
    }

    private static void readsBack(String text, Extraction extraction) {
        for (Mention mention : extraction.mentions()) {
            assertThat(mention.span().of(text)).isEqualTo(mention.text());
        }
    }
}
