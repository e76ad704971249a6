package org.frontwatch.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.event.ExtractedEvents.types;

import org.frontwatch.model.EventType;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/**
 * Event cues found missing by the fourth blind round (captivity, breakthroughs, shell hunger, proceedings, figures
 * called inflated or fiction), one test per behaviour in the three languages; split from {@code EventFinderTest},
 * which is long enough.
 */
class FrontAndCourtVocabularyTest {
    @Test
    void soldiersTakenPrisonerAreLosses() {
        assertThat(types("Позавчера под Работино в плен взяли четырёх военнослужащих 58-й армии.", Language.RU))
                .contains(EventType.CASUALTIES);
        assertThat(types("Більшість бійців потрапили в полон навесні 2022 року в Маріуполі.", Language.UK))
                .contains(EventType.CASUALTIES);
        assertThat(types("Two soldiers of the brigade were taken prisoner near Robotyne.", Language.EN))
                .contains(EventType.CASUALTIES);
    }

    @Test
    void aRefugeeOrAHostageTakenByOthersIsNoSoldiersLoss() {
        assertThat(types("Туристов взяли в плен повстанцы, сообщили родственники.", Language.RU))
                .doesNotContain(EventType.CASUALTIES);
    }

    @Test
    void breakingThroughADefenceIsAnAssault() {
        assertThat(types("Ночью противник пытался прорвать оборону у Работино.", Language.RU))
                .contains(EventType.ASSAULT);
        assertThat(types("Російські підрозділи спробували прорвати оборону поблизу Борової.", Language.UK))
                .contains(EventType.ASSAULT);
        assertThat(types("Окупанти пішли в наступ силами до ста військових.", Language.UK))
                .contains(EventType.ASSAULT);
    }

    @Test
    void aHungerForShellsAndALackOfDronesAreShortages() {
        assertThat(types("Батарея третью неделю сидит на голодном пайке по снарядам.", Language.RU))
                .contains(EventType.SHORTAGE);
        assertThat(types("Бійці скаржаться на брак дронів і засобів РЕБ.", Language.UK))
                .contains(EventType.SHORTAGE);
        assertThat(types("The soldiers say the unit had been short of tents and heating for a month.", Language.EN))
                .contains(EventType.SHORTAGE);
    }

    @Test
    void proceedingsAndACourtThatGaveYearsAreProsecutions() {
        assertThat(types("Поліція відкрила провадження щодо військовослужбовця за СЗЧ.", Language.UK))
                .contains(EventType.PROSECUTION);
        assertThat(types("Позавчера гарнизонный суд дал военнослужащему шесть лет за СОЧ.", Language.RU))
                .contains(EventType.PROSECUTION);
    }

    @Test
    void aFigureCalledInflatedOrFictionIsACounterStatement() {
        assertThat(types("В Офісі Військового омбудсмена цю оцінку втрат бригади назвали завищеною.", Language.UK))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(types("Ukraine's army command called the figure of 150 dead soldiers fiction.", Language.EN))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(types("Критики назвали роман выдумкой.", Language.RU)).doesNotContain(EventType.COUNTER_STATEMENT);
    }

    @Test
    void counterAttacksAndSoldiersShotAreAssaultsAndLosses() {
        assertThat(types("Після провалу контратаки під Гришиним бригада відійшла.", Language.UK))
                .contains(EventType.ASSAULT);
        assertThat(types("Под Токмаком двух военных застрелили во время драки.", Language.RU))
                .contains(EventType.CASUALTIES);
        assertThat(types("The commander shot two of his own men after they refused to advance.", Language.EN))
                .contains(EventType.ABUSE);
    }

    @Test
    void aSuspicionNotifiedAndATrialInAbsentiaAreProsecutions() {
        assertThat(types("Прокуратура повідомила про підозру трьом військовослужбовцям ТЦК.", Language.UK))
                .contains(EventType.PROSECUTION);
        assertThat(types("Двоих военнослужащих судили заочно.", Language.RU)).contains(EventType.PROSECUTION);
    }

    @Test
    void demandsAndPlacardsAreAppeals() {
        assertThat(types("Жёны мобилизованных вышли с плакатами к зданию правительства.", Language.RU))
                .contains(EventType.APPEAL);
        assertThat(types("Our demands: rotation for the mobilised men of the regiment.", Language.EN))
                .contains(EventType.APPEAL);
    }
}
