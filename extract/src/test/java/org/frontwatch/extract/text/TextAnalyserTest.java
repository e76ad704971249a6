package org.frontwatch.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

class TextAnalyserTest {
    private final TextAnalyser analyser = TextAnalyser.bundled();

    private List<String> sentences(String text, Language language) {
        AnalysedText analysed = analyser.analyse(text, language, Optional.empty());
        return analysed.sentences().stream().map(s -> s.span().of(text)).toList();
    }

    private List<String> tokens(String text, Language language) {
        return analyser.analyse(text, language, Optional.empty()).tokens().stream().map(Token::text).toList();
    }

    @Test
    void keepsRussianAbbreviationsInsideTheSentence() {
        assertThat(sentences("Мобилизованные из г. Ангарска Иркутской обл. жалуются. Командование молчит.",
                Language.RU)).containsExactly("Мобилизованные из г. Ангарска Иркутской обл. жалуются.",
                "Командование молчит.");
    }

    @Test
    void keepsLegalReferencesToPartsAndPointsInsideTheSentence() {
        String verdict = "Его признали виновным по ч. 5 ст. 337 УК РФ и п. «а» ч. 2 ст. 332. Приговор не вступил в силу.";
        assertThat(sentences(verdict, Language.RU)).containsExactly("Его признали виновным по ч. 5 ст. 337 УК РФ и п. «а» ч. 2 ст. 332.",
                "Приговор не вступил в силу.");
        assertThat(sentences("Суд визнав його винним за ч. 5 ст. 407 КК України. Вирок оскаржено.", Language.UK))
                .containsExactly("Суд визнав його винним за ч. 5 ст. 407 КК України.", "Вирок оскаржено.");
    }

    @Test
    void keepsEnglishTitlesAndInitialsInsideTheSentence() {
        assertThat(sentences("Mr. Smith met Gen. V. Petrov in the U.S. on Monday. Nothing was agreed.", Language.EN))
                .containsExactly("Mr. Smith met Gen. V. Petrov in the U.S. on Monday.", "Nothing was agreed.");
    }

    @Test
    void splitsTelegramLinesButNotWrappedText() {
        String post = "⚡️Взрывы в Белгороде\nЖители сообщают о трёх взрывах\nи пожаре на окраине 🔥\n\n#Белгород";
        assertThat(sentences(post, Language.RU)).containsExactly("⚡️Взрывы в Белгороде",
                "Жители сообщают о трёх взрывах\nи пожаре на окраине 🔥", "#Белгород");
    }

    @Test
    void endsSentenceAfterClosingQuote() {
        assertThat(sentences("«Нас бросили», — сказал он. «Еды нет». Потом связь пропала.", Language.RU))
                .containsExactly("«Нас бросили», — сказал он.", "«Еды нет».", "Потом связь пропала.");
    }

    @Test
    void startsSentenceAtAStraightQuoteAfterAFullStop() {
        assertThat(sentences("They stand in a field. \"We were sent to storm the trenches,\" one says. 'No food.'",
                Language.EN)).containsExactly("They stand in a field.",
                "\"We were sent to storm the trenches,\" one says.", "'No food.'");
    }

    @Test
    void keepsNumbersWithSeparatorsWhole() {
        assertThat(tokens("the 1,439th regiment lost 1 439 men, or 1.5 percent, in 2023, 2024", Language.EN))
                .containsSubsequence("1,439", "th", "regiment", "1 439", "men", "1.5", "2023", ",", "2024");
    }

    @Test
    void keepsUkrainianApostropheAndHyphenWords() {
        List<String> tokens = tokens("Сім’я з Кам'янця-Подільського та пʼять бійців", Language.UK);
        assertThat(tokens).contains("Сім’я", "Кам'янця-Подільського", "пʼять");
    }

    @Test
    void makesUrlsAndHandlesOneSymbolAndHashtagsWords() {
        AnalysedText text = analyser.analyse("Подробнее: https://t.me/verstka/123. Пишите @frontwatch_bot #Бахмут",
                Language.RU, Optional.empty());
        assertThat(text.tokens()).extracting(Token::text)
                .contains("https://t.me/verstka/123", "@frontwatch_bot", "#", "Бахмут");
        assertThat(text.tokens()).filteredOn(t -> t.text().startsWith("https"))
                .extracting(Token::kind).containsExactly(TokenKind.SYMBOL);
    }

    @Test
    void givesWordsTheirLemmasAndOffsetsIntoTheText() {
        String text = "Мобилизованных из Иркутской области отправили под Бахмут.";
        AnalysedText analysed = analyser.analyse(text, Language.RU, Optional.empty());
        Token region = analysed.tokens().get(2);
        assertThat(region.text()).isEqualTo("Иркутской");
        assertThat(region.span().of(text)).isEqualTo("Иркутской");
        assertThat(region.hasLemma("иркутский")).isTrue();
        assertThat(analysed.tokens().get(3).hasLemma("область")).isTrue();
    }

    @Test
    void keepsEmojiAsSymbolsWithoutSplittingSurrogates() {
        AnalysedText text = analyser.analyse("Срочно 🇺🇦👍🏽 новости", Language.RU, Optional.empty());
        assertThat(text.tokens()).allSatisfy(t -> assertThat(t.span().of(text.text())).isEqualTo(t.text()));
        assertThat(text.tokens()).extracting(Token::kind).contains(TokenKind.SYMBOL);
        assertThat(text.tokens()).extracting(Token::text).contains("👍🏽", "новости");
    }

    @Test
    void analysesEmptyTextAsNoSentences() {
        assertThat(analyser.analyse("  \n ", Language.EN, Optional.empty()).sentences()).isEmpty();
    }
}
