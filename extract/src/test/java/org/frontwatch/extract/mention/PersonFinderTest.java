package org.frontwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.frontwatch.extract.text.TextAnalyser;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

class PersonFinderTest {
    private final PersonFinder finder = PersonFinder.bundled();

    private List<String> found(String text, Language language) {
        return finder.find(TextAnalyser.bundled().analyse(text, language, Optional.empty())).stream()
                .map(m -> m.text() + "=" + m.key()).toList();
    }

    @Test
    void readsRussianFirstNameAndSurnameInAnyCase() {
        assertThat(found("Жена мобилизованного Сергея Иванова рассказала, что Иванов Сергей Петрович пропал.",
                Language.RU)).containsExactly("Сергея Иванова=person:сергей-иванов",
                "Иванов Сергей Петрович=person:иванов-сергей-петрович");
    }

    @Test
    void readsUkrainianNamesAndInitials() {
        assertThat(found("Про це повідомив Олександр Коваленко, а В. В. Путін промовчав.", Language.UK))
                .containsExactly("Олександр Коваленко=person:олександр-коваленко", "В. В. Путін=person:в-в-путін");
    }

    @Test
    void readsEnglishNamesAfterTitlesLeavingTheTitleOut() {
        assertThat(found("Colonel Ivan Petrov told Mr. Smith nothing, the General Staff said.", Language.EN))
                .containsExactly("Ivan Petrov=person:ivan-petrov", "Smith=person:smith");
    }

    @Test
    void ignoresLoneNamesAndPlaces() {
        assertThat(found("Мария вернулась в Харьков. Иванов молчит.", Language.RU)).isEmpty();
    }

    @Test
    void leavesOrganisationsSpelledLikeNamesAlone() {
        assertThat(found("Об этом сообщает Франс Пресс.", Language.RU)).isEmpty();
    }
}
