package org.frontwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.frontwatch.extract.text.TextAnalyser;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

class RegionalBodyFinderTest {
    private final RegionalBodyFinder finder = RegionalBodyFinder.bundled();

    private List<String> found(String text, Language language) {
        return finder.find(TextAnalyser.bundled().analyse(text, language, Optional.empty())).stream()
                .map(m -> m.text() + "=" + m.key()).toList();
    }

    @Test
    void namesAnOblastsProsecutorsOfficeAfterTheOblastInAnyCase() {
        assertThat(found("Рівненська обласна прокуратура повідомила про підозру.", Language.UK))
                .containsExactly("Рівненська обласна прокуратура=org:rivne-regional-prosecutor-office");
        assertThat(found("В Одеській обласній прокуратурі підтвердили.", Language.UK))
                .containsExactly("Одеській обласній прокуратурі=org:odesa-regional-prosecutor-office");
        assertThat(found("Днепропетровская областная прокуратура сообщила о подозрении.", Language.RU))
                .containsExactly("Днепропетровская областная прокуратура=org:dnipropetrovsk-regional-prosecutor-office");
    }

    @Test
    void namesAnOblastsRecruitmentCentre() {
        assertThat(found("В Одесском областном ТЦК ролик назвали провокацией.", Language.RU))
                .containsExactly("Одесском областном ТЦК=org:odesa-regional-tcc");
    }

    @Test
    void aRussianRegionOrAnotherBodyNamesNone() {
        assertThat(found("Свердловская областная прокуратура и Одеська обласна рада.", Language.RU)).isEmpty();
    }
}
