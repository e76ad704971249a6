package org.frontwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.frontwatch.extract.text.TextAnalyser;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

class GarrisonCourtFinderTest {
    private final GarrisonCourtFinder finder = GarrisonCourtFinder.bundled();

    private List<String> found(String text, Language language) {
        return finder.find(TextAnalyser.bundled().analyse(text, language, Optional.empty())).stream()
                .map(m -> m.text() + "=" + m.key()).toList();
    }

    @Test
    void namesACourtAfterTheCityItsAdjectiveComesFrom() {
        assertThat(found("Дело рассмотрит Махачкалинский гарнизонный военный суд.", Language.RU))
                .containsExactly("Махачкалинский гарнизонный военный суд=org:makhachkala-garrison-military-court");
        assertThat(found("Вирок виніс Новосибірський гарнізонний військовий суд.", Language.UK))
                .containsExactly("Новосибірський гарнізонний військовий суд=org:novosibirsk-garrison-military-court");
        assertThat(found("The Perm Garrison Military Court sentenced him.", Language.EN))
                .containsExactly("Perm Garrison Military Court=org:perm-garrison-military-court");
    }

    @Test
    void aCityOfOneWordComesBeforeATownOnceNamedLikeIt() {
        assertThat(found("Ставропольский гарнизонный военный суд приговорил двух военных.", Language.RU))
                .containsExactly("Ставропольский гарнизонный военный суд=org:stavropol-garrison-military-court");
    }

    @Test
    void anAdjectiveThatChangedItsCitysLastLetterStillNamesIt() {
        assertThat(found("Приговор вынес Тульский гарнизонный военный суд.", Language.RU))
                .containsExactly("Тульский гарнизонный военный суд=org:tula-garrison-military-court");
        assertThat(found("Справу розглядає Оренбурзький гарнізонний військовий суд.", Language.UK))
                .containsExactly("Оренбурзький гарнізонний військовий суд=org:orenburg-garrison-military-court");
    }

    @Test
    void anAdjectiveNamingNoRussianCityGivesNoCourt() {
        assertThat(found("Это решил Вымышленский гарнизонный военный суд.", Language.RU)).isEmpty();
    }

    @Test
    void namesAGarrisonCourtWithoutTheWordMilitary() {
        assertThat(found("Екатеринбургский гарнизонный суд дал ему пять лет.", Language.RU))
                .containsExactly("Екатеринбургский гарнизонный суд=org:yekaterinburg-garrison-military-court");
        assertThat(found("Як ідеться у вироку Волгоградського гарнізонного суду, він двічі не повернувся.",
                Language.UK)).containsExactly(
                "Волгоградського гарнізонного суду=org:volgograd-garrison-military-court");
    }

    @Test
    void readsTheShortNameOfACityCourtInATextAboutGarrisonCourts() {
        assertThat(found("Four garrison military courts were counted. The Tver Garrison Military Court issued the "
                + "most; the Bryansk court followed.", Language.EN)).containsExactly(
                "Tver Garrison Military Court=org:tver-garrison-military-court",
                "Bryansk court=org:bryansk-garrison-military-court");
        assertThat(found("The Bryansk court sentenced him on Monday.", Language.EN)).isEmpty();
    }
}
