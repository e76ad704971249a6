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
}
