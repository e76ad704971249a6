package org.frontwatch.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.FixtureTexts.PUBLISHED;
import static org.frontwatch.extract.SharedExtractor.EXTRACTOR;

import java.util.List;
import java.util.Optional;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/**
 * Detainees, prisoners of war, deserters and volunteers "from" a region come from it (found by the fourth and fifth
 * blind rounds), in the three languages.
 */
class OriginOfHeldAndCapturedMenTest {
    private static List<EventReport> events(String text, Language language) {
        return EXTRACTOR.extract(text, Optional.of(PUBLISHED), Optional.of(language)).events();
    }

    @Test
    void detaineesFromARegionComeFromIt() {
        assertThat(events("Soldiers say detainees from the Tomsk region were held in a basement near Belgorod.", Language.EN))
                .anySatisfy(e -> assertThat(e.origin()).contains("RU-TOM"));
        assertThat(events("Задержанных из Курганской области держат в подвале, сообщают родственники военнослужащих.", Language.RU))
                .anySatisfy(e -> assertThat(e.origin()).contains("RU-KGN"));
    }

    @Test
    void prisonersOfWarFromARegionComeFromIt() {
        assertThat(events("Полонені з Дагестану розповіли, що командир погрожував їм розстрілом.", Language.UK))
                .anySatisfy(e -> assertThat(e.origin()).contains("RU-DA"));
    }
}
