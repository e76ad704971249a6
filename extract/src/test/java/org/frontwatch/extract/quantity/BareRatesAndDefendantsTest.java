package org.frontwatch.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.FixtureTexts.analysed;

import java.util.List;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.junit.jupiter.api.Test;

/** A bare number per period is a rate of men; the accused of a case are counted (blind round 8). */
class BareRatesAndDefendantsTest {
    private static List<String> found(String text, Language language) {
        return QuantityFinder.bundled().find(analysed(text, language)).stream()
                .map(m -> m.text() + "=" + m.figure().orElseThrow().unit()
                        + m.figure().orElseThrow().per().map(p -> "/" + p).orElse(""))
                .toList();
    }

    @Test
    void readsABareNumberOfAtLeastTenPerPeriodAsARateOfMen() {
        assertThat(found("\"Forty a day on our stretch alone,\" the commander said.", Language.EN))
                .containsExactly("Forty a day=people/day");
        assertThat(found("«Тысяча в сутки — это то, что видят дроны», — пояснил офицер.", Language.RU))
                .containsExactly("Тысяча в сутки=people/day");
        assertThat(found("Бійців годують 2 рази на день, а телефон дають двічі на добу.", Language.UK)).isEmpty();
    }

    @Test
    void countsTheDefendantsOfACase() {
        assertThat(found("Twenty-six of the defendants were from the Yaroslavl region.", Language.EN))
                .containsExactly("Twenty-six of the defendants=defendants");
        assertThat(found("Суд вынес приговоры 15 фигурантам дела.", Language.RU))
                .containsExactly("15 фигурантам=defendants");
        assertThat(found("Троє обвинувачених визнали провину.", Language.UK))
                .containsExactly("Троє обвинувачених=defendants");
    }
}
