package org.frontwatch.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.FixtureTexts.analysed;

import java.util.List;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.junit.jupiter.api.Test;

/** Shares of people counted just before, their noun left out, and a bound before "из"/"з" (blind round 8). */
class SharesWithoutANounAndBoundsBeforeFromTest {
    private static List<String> found(String text, Language language) {
        return QuantityFinder.bundled().find(analysed(text, language)).stream()
                .map(SharesWithoutANounAndBoundsBeforeFromTest::describe).toList();
    }

    private static String describe(Mention mention) {
        return mention.text() + "=" + mention.figure().orElseThrow().low().stream().boxed().findFirst().orElse(null)
                + ".." + mention.figure().orElseThrow().high().stream().boxed().findFirst().orElse(null)
                + " " + mention.figure().orElseThrow().unit();
    }

    @Test
    void readsAShareOfThePeopleCountedBeforeItsDash() {
        assertThat(found("Наши теряют по 300 человек в день, и половина — двухсотые.", Language.RU))
                .contains("половина=50..50 percent");
        assertThat(found("Обратились 212 военных, почти каждый пятый — с жалобой на штурмы.", Language.RU))
                .contains("почти каждый пятый=null..20 percent");
        assertThat(found("Половина — это много.", Language.RU)).isEmpty();
    }

    @Test
    void readsAShareOfThemWithoutItsNoun() {
        assertThat(found("Армия теряет тысячу человек в сутки, из них примерно треть — убитыми.", Language.RU))
                .contains("примерно треть=33..33 percent");
        assertThat(found("The brigade lost 90 men; of them, about half were killed.", Language.EN))
                .contains("about half=50..50 percent");
    }

    @Test
    void readsABoundStandingBeforeFrom() {
        assertThat(found("Военные как минимум из девяти регионов записали обращения.", Language.RU))
                .containsExactly("как минимум из девяти регионов=9..null regions");
        assertThat(found("Військові щонайменше з дев'яти регіонів записали відео.", Language.UK))
                .containsExactly("щонайменше з дев'яти регіонів=9..null regions");
    }
}
