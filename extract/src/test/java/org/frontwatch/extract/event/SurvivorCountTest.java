package org.frontwatch.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.event.ExtractedEvents.types;

import org.frontwatch.model.EventType;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/** Losses told as how many were left of how many there were, with no word for losses ({@link SurvivorCounts}). */
class SurvivorCountTest {
    @Test
    void readsTheMenLeftOfACompanyAsLosses() {
        assertThat(types("«Из нашего взвода в 30 человек к своим вышли семеро», — говорит мобилизованный из Омска.",
                Language.RU)).contains(EventType.CASUALTIES);
        assertThat(types("Мобілізований з Омська каже, що з 90 бійців їхньої роти дійшли до позицій 25.",
                Language.UK)).contains(EventType.CASUALTIES);
        assertThat(types("A mobilised soldier from Omsk says only 14 of the 90 men of his battalion made it back.",
                Language.EN)).contains(EventType.CASUALTIES);
    }

    @Test
    void readsAShortSentenceOfSurvivorsAgainstTheCountBeforeIt() {
        assertThat(types("Взвод из Омска — двадцать два бойца — отправили на штурм посадки. Вернулись девять.",
                Language.RU)).contains(EventType.CASUALTIES);
        assertThat(types("\"They put him in an assault group of six men from Omsk,\" his wife said. \"Two came back.\"",
                Language.EN)).contains(EventType.CASUALTIES);
    }

    @Test
    void readsTheRestAsLost() {
        assertThat(types("Дійшли 11 штурмовиків, решту накрили дрони ще на підході до Кліщіївки.", Language.UK))
                .contains(EventType.CASUALTIES);
    }

    @Test
    void doesNotReadAReturnFromCaptivityLeaveOrHomeAsSurvival() {
        assertThat(types("Из плена вернулись 95 военных из 120, которых ждали на фронте.", Language.RU))
                .doesNotContain(EventType.CASUALTIES);
        assertThat(types("З 40 мобілізованих бійців з відпустки повернулися лише 12.", Language.UK))
                .doesNotContain(EventType.CASUALTIES);
        assertThat(types("Of the 300 soldiers mobilised in Omsk, only 40 have come back home from the front.",
                Language.EN)).doesNotContain(EventType.CASUALTIES);
    }

    @Test
    void doesNotReadAWishToReturnAsSurvival() {
        assertThat(types("Реальные сроки получили 11 осуждённых военных, остальные просили суд дать им вернуться на фронт.",
                Language.RU)).doesNotContain(EventType.CASUALTIES);
    }

    @Test
    void readsTheMenStillInTouchOrOnTheirFeetAsSurvivors() {
        assertThat(types("«Из 52 человек роты на связи сейчас восемь», — говорит жена мобилизованного из Кинешмы.",
                Language.RU)).contains(EventType.CASUALTIES);
        assertThat(types("За словами дружини, з 44 бійців взводу на ногах лишалося 9.", Language.UK))
                .contains(EventType.CASUALTIES);
        assertThat(types("\"Of our company of 104 men, 21 are still on their feet,\" the sergeant says.", Language.EN))
                .contains(EventType.CASUALTIES);
    }
}
