package org.frontwatch.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.event.ExtractedEvents.types;

import org.frontwatch.model.EventType;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/**
 * Relatives at a unit's gate demanding their men back, transfers into assault units, men "still in touch" counted,
 * shortages in a milblogger's words and the beating of one soldier (blind round 8).
 */
class GateProtestsTransfersAndLostContactTest {
    @Test
    void readsRelativesAtTheGateDemandingTheirMenBackAsAnAppeal() {
        assertThat(types("Жёны мобилизованных вышли к КПП воинской части и требуют вернуть мужей.", Language.RU))
                .contains(EventType.APPEAL);
        assertThat(types("Дружини військових зібралися біля КПП частини: вимагають повернути чоловіків з фронту.",
                Language.UK)).contains(EventType.APPEAL);
        assertThat(types("The soldiers' wives gathered outside the gates and demanded the return of their husbands.",
                Language.EN)).contains(EventType.APPEAL);
        assertThat(types("Бойцы вышли к реке и заняли позиции.", Language.RU)).doesNotContain(EventType.APPEAL);
    }

    @Test
    void readsATransferIntoAnAssaultUnitAsRecruitment() {
        assertThat(types("Связистов бригады в ноябре перевели в штурмовики.", Language.RU))
                .contains(EventType.MOBILIZATION);
        assertThat(types("Зв'язківців полку перевели до штурмового батальйону.", Language.UK))
                .contains(EventType.MOBILIZATION);
        assertThat(types("The signallers of the brigade were transferred to assault units in November.", Language.EN))
                .contains(EventType.MOBILIZATION);
    }

    @Test
    void readsMenSentIntoAnAssaultUnitAfterAPitAsRecruitment() {
        assertThat(types("Пятерых отказников из подвала через неделю отправили в штурмовую роту.", Language.RU))
                .contains(EventType.MOBILIZATION);
        assertThat(types("Ще двоє мобілізованих після ями потрапили до штурмової роти.", Language.UK))
                .contains(EventType.MOBILIZATION);
        assertThat(types("Four of the men from the basement were sent to an assault detachment in mid-November.", Language.EN))
                .contains(EventType.MOBILIZATION);
        assertThat(types("Раненых отправили в госпиталь в Ростове.", Language.RU)).doesNotContain(EventType.MOBILIZATION);
    }

    @Test
    void readsTheMenStillInTouchAndTheListedMissingAsMissing() {
        assertThat(types("Из 18 бойцов роты на связи осталось пятеро.", Language.RU))
                .contains(EventType.DESERTION, EventType.CASUALTIES);
        assertThat(types("Ще троє бійців роти числяться зниклими.", Language.UK))
                .contains(EventType.DESERTION, EventType.CASUALTIES);
    }

    @Test
    void readsAMilbloggersShortagesAndAPitAsShortageAndDetention() {
        assertThat(types("Эвакуации нет, РЭБ бойцы покупали на свои.", Language.RU)).contains(EventType.SHORTAGE);
        assertThat(types("Бійці кажуть, що підготовки не було жодної.", Language.UK)).contains(EventType.SHORTAGE);
        assertThat(types("Четверых бойцов, отказавшихся идти, закрыли в яме за КП.", Language.RU))
                .contains(EventType.DETENTION);
    }

    @Test
    void readsTheBeatingOfOneSoldierAsAbuse() {
        assertThat(types("A company commander beat a soldier who refused to return to his position.", Language.EN))
                .contains(EventType.ABUSE);
        assertThat(types("The commander then had him locked in a metal container for three days, the soldier said.",
                Language.EN)).contains(EventType.DETENTION);
    }
}
