package org.frontwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.frontwatch.extract.text.TextAnalyser;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

class OrganisationFinderTest {
    private final OrganisationFinder finder = OrganisationFinder.bundled();

    private List<String> found(String text, Language language) {
        return finder.find(TextAnalyser.bundled().analyse(text, language, Optional.empty())).stream()
                .map(m -> m.text() + "=" + m.key()).toList();
    }

    @Test
    void readsEnglishOutletsAndTeams() {
        assertThat(found("According to Verstka and the Conflict Intelligence Team, People of Baikal traced the "
                + "relatives; Reuters and ISW confirmed.", Language.EN))
                .containsExactly("Verstka=org:verstka", "Conflict Intelligence Team=org:conflict-intelligence-team",
                        "People of Baikal=org:people-of-baikal", "Reuters=org:reuters", "ISW=org:isw");
    }

    @Test
    void readsInflectedRussianNamesInQuotes() {
        assertThat(found("Как пишет «Верстка», в «Людях Байкала» и Минобороны России это отрицают.", Language.RU))
                .containsExactly("Верстка=org:verstka", "Людях Байкала=org:people-of-baikal",
                        "Минобороны России=org:ministry-of-defence-ru");
    }

    @Test
    void readsUkrainianAgenciesAndAcronyms() {
        assertThat(found("За даними Генштабу ЗСУ та СБУ, про це повідомила Українська правда.", Language.UK))
                .containsExactly("Генштабу ЗСУ=org:general-staff-ua", "СБУ=org:sbu",
                        "Українська правда=org:ukrainska-pravda");
    }

    @Test
    void leavesLowercaseCommonWordsAlone() {
        assertThat(found("Вёрстка газеты задержалась, а астра расцвела.", Language.RU)).isEmpty();
        assertThat(found("Let us see what the cit said.", Language.EN)).isEmpty();
    }
}
