package org.frontwatch.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.event.ExtractedEvents.types;

import org.frontwatch.model.EventType;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/** Losses told as a count of men with a verb of losing or destroying ({@link LossCounts}). */
class LossCountTest {
    @Test
    void readsMenDestroyedBesideEquipmentAsLosses() {
        assertThat(types("Генштаб ВСУ в вечерней сводке: за сутки подразделения уничтожили 980 российских военных, "
                + "7 танков и 22 артиллерийские системы.", Language.RU)).contains(EventType.CASUALTIES);
        assertThat(types("Ворог за минулу добу втратив 5 танків, 14 артилерійських систем, а також 1 140 військових, "
                + "повідомив Генштаб ЗСУ.", Language.UK)).contains(EventType.CASUALTIES);
        assertThat(types("Over the week the brigade eliminated 210 occupiers and destroyed 9 tanks near Toretsk.",
                Language.EN)).contains(EventType.CASUALTIES);
    }

    @Test
    void readsACountOfTheEnemysLossesWithoutAVerb() {
        assertThat(types("Генштаб ЗСУ за тиждень нарахував 6 980 уражених окупантів по всьому фронту.", Language.UK))
                .contains(EventType.CASUALTIES);
        assertThat(types("По данным Генштаба ВСУ, за неделю на этом направлении — 5 310 выбывших российских военных.",
                Language.RU)).contains(EventType.CASUALTIES);
    }

    @Test
    void doesNotReadEquipmentDestroyedWithoutMenAsLosses() {
        assertThat(types("За сутки ВСУ уничтожили 4 танка и 19 артиллерийских систем противника.", Language.RU))
                .doesNotContain(EventType.CASUALTIES);
        assertThat(types("The brigade says it destroyed 12 tanks and 30 drones of the occupiers this week.",
                Language.EN)).doesNotContain(EventType.CASUALTIES);
    }

    @Test
    void doesNotReadACountOfMenWithoutALossAsLosses() {
        assertThat(types("В военкомат Тюмени за неделю пришли 310 добровольцев, сообщили в правительстве области.",
                Language.RU)).doesNotContain(EventType.CASUALTIES);
    }
}
