package org.frontwatch.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.FixtureTexts.analysed;

import java.util.List;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/**
 * Bare numbers listed after a figure of their sentence count what it counts (blind rounds 10 and 11: brackets, "with",
 * a dash, a breakdown by region); the men still in touch, on their feet or in the ranks are counted (blind round 10).
 */
class ListedCountsAndMenStillInTouchTest {
    private static List<String> found(String text, Language language) {
        return QuantityFinder.bundled().find(analysed(text, language)).stream()
                .map(m -> m.text() + "=" + m.figure().orElseThrow().unit())
                .toList();
    }

    @Test
    void countsNumbersInBracketsAfterNamesAsTheFigureBefore() {
        assertThat(found("Больше всего приговоров у Казанского суда — 212 приговоров, далее Башкирия (187) и "
                + "Удмуртия (95).", Language.RU))
                .containsExactly("212 приговоров=sentences", "187=sentences", "95=sentences");
        assertThat(found("У 2024 році суд виніс 40 вироків, а ще раніше (2023) — жодного.", Language.UK))
                .containsExactly("40 вироків=sentences");
    }

    @Test
    void countsANumberAfterWithOrAfterAConjunctionAndADash() {
        assertThat(found("The Tver court issued 212 sentences, followed by the Oryol court with 144.", Language.EN))
                .containsExactly("212 sentences=sentences", "144=sentences");
        assertThat(found("Ще 52 вироки стосуються дезертирства, а 31 — непокори.", Language.UK))
                .containsExactly("52 вироки=sentences", "31=sentences");
    }

    @Test
    void countsABreakdownByRegionAfterTheTotal() {
        assertThat(found("At least 287 of its men have been killed: 131 from the Sverdlovsk region, 84 from the "
                + "Kurgan region and 20 from Yugra.", Language.EN))
                .containsExactly("At least 287 of its men=men", "131=men", "84=men", "20=men");
        assertThat(found("Установлены имена 212 погибших: 97 из Приморья, 68 из Хабаровского края и 47 с Сахалина.",
                Language.RU)).containsExactly("212 погибших=killed", "97=killed", "68=killed", "47=killed");
        assertThat(found("Сім звернень записали у Володимирській області, чотири — в Іванівській, три — на "
                + "Смоленщині.", Language.UK)).containsExactly("Сім звернень=videos", "чотири=videos", "три=videos");
    }

    @Test
    void leavesANumberBeforeAPlaceAloneWithoutAFigureBeforeIt() {
        assertThat(found("Трасса 131 из Приморья закрыта до весны.", Language.RU)).isEmpty();
        assertThat(found("Road 131 from the Sverdlovsk region was closed.", Language.EN)).isEmpty();
    }

    @Test
    void countsTheMenStillInTouchOrOnTheirFeet() {
        assertThat(found("«Из 52 человек роты на связи сейчас восемь», — говорит она.", Language.RU))
                .containsExactly("52 человек=people", "восемь=people");
        assertThat(found("З 44 людей у взводі на ногах лишалося 9.", Language.UK))
                .containsExactly("44 людей=people", "9=people");
    }

    @Test
    void countsPeopleAfterTwoToFourAndInTheAccusative() {
        assertThat(found("Ранены два человека, ещё 22 человека эвакуированы.", Language.RU))
                .containsExactly("два человека=people", "22 человека=people");
        assertThat(found("За полгода суд осудил 131 человека.", Language.RU)).containsExactly("131 человека=people");
        assertThat(found("Уполномоченный по правам человека выступил дважды.", Language.RU)).isEmpty();
    }
}
