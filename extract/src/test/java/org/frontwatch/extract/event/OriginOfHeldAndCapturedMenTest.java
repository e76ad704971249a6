package org.frontwatch.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.event.ExtractedEvents.events;

import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/**
 * Detainees, prisoners of war, deserters and volunteers "from" a region come from it (found by the fourth and fifth
 * blind rounds), in the three languages.
 */
class OriginOfHeldAndCapturedMenTest {
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

    @Test
    void takesTheOriginNamedEarlierInTheParagraphForTheManItTellsOf() {
        String text = "Родичі мобілізованих з трьох регіонів — Омської, Томської та Новосибірської областей — "
                + "розповіли про своїх чоловіків.\n\n"
                + "Тетяна з Колпашева Томської області розповіла про брата. Він служить у штурмовій роті з осені. "
                + "Віктор і ще двоє бійців сказали командиру, що втретє на штурм не підуть.";
        assertThat(events(text, Language.UK)).filteredOn(e -> e.type() == org.frontwatch.model.EventType.REFUSAL)
                .singleElement().satisfies(e -> assertThat(e.origin()).containsExactly("RU-TOM"));
    }
}
