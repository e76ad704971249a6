package org.frontwatch.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.event.ExtractedEvents.types;

import org.frontwatch.model.EventType;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/**
 * Events told without their keyword (blind round 10): men who would not go on, the last call as the last contact,
 * positions taken, gear the company chipped in for; a unit named in the sentence stands for its soldiers.
 */
class RefusalsToGoOnLastCallsAndAdvancesTest {
    @Test
    void readsMenWhoWouldNotGoOnAsARefusal() {
        assertThat(types("Пятеро мобилизованных из Кинешмы, не согласившихся снова идти к Торецку, увезли на "
                + "«подвал».", Language.RU)).contains(EventType.REFUSAL);
        assertThat(types("Четверо бійців роти з Умані відповіли, що далі не підуть.", Language.UK))
                .contains(EventType.REFUSAL);
    }

    @Test
    void readsTheLastCallAsTheLastContactOfAMissingMan() {
        assertThat(types("Её муж, мобилизованный из Кинешмы, последний раз позвонил 3 марта.", Language.RU))
                .contains(EventType.DESERTION, EventType.CASUALTIES);
        assertThat(types("Мобілізований з Умані востаннє написав дружині 3 березня.", Language.UK))
                .contains(EventType.DESERTION, EventType.CASUALTIES);
    }

    @Test
    void readsPositionsTakenAsAnAssault() {
        assertThat(types("По данным блогеров, российские штурмовики закрепились в северной части Торецка.",
                Language.RU)).contains(EventType.ASSAULT);
    }

    @Test
    void readsGearTheCompanyChippedInForAsAShortage() {
        assertThat(types("Дроны для роты солдаты покупали сами: скидывались всей ротой с каждой выплаты.",
                Language.RU)).contains(EventType.SHORTAGE);
    }

    @Test
    void takesAUnitInTheSentenceForItsSoldiers() {
        assertThat(types("Глава округа сообщил о гибели уроженца Ташанты, служившего в в/ч 41659.", Language.RU))
                .contains(EventType.CASUALTIES);
        assertThat(types("Глава округа сообщил о гибели 52-летнего жителя Ташанты при пожаре.", Language.RU))
                .doesNotContain(EventType.CASUALTIES);
    }

    @Test
    void readsMenSentOnFootToTheTreeLineAsAnAssault() {
        assertThat(types("\"They were told to walk to the tree line at noon, four at a time,\" said the wife of a "
                + "soldier from Rybinsk.", Language.EN)).contains(EventType.ASSAULT);
        assertThat(types("Бійцям з Умані наказали йти до посадки пішки, кілометр полем.", Language.UK))
                .contains(EventType.ASSAULT);
    }

    @Test
    void readsGoingAwolInSlangAsDesertionButNotALawAboutIt() {
        assertThat(types("Мобилизованного из Кинешмы осудили за самоволку.", Language.RU))
                .contains(EventType.DESERTION);
        assertThat(types("Законопроект о декриминализации самоволки для военных внесли в Думу.", Language.RU))
                .doesNotContain(EventType.DESERTION);
    }

    @Test
    void readsAVideoWhosePeopleSpeakInItAsAnAppeal() {
        assertThat(types("На видео девять мобилизованных из Кинешмы говорят, что их держат в подвале.", Language.RU))
                .contains(EventType.APPEAL);
        assertThat(types("In the video, the men say they have had no water for two days.", Language.EN))
                .contains(EventType.APPEAL);
        assertThat(types("На видео, опубликованном Минобороны, дрон поражает танк.", Language.RU))
                .doesNotContain(EventType.APPEAL);
    }

    @Test
    void readsNobodyHavingHeardFromTheMenAsMissingAndEveryoneAliveAsADenial() {
        assertThat(types("Since Friday nobody has heard from the mobilised lads from Rybinsk.", Language.EN))
                .contains(EventType.DESERTION, EventType.CASUALTIES);
        assertThat(types("В части жёнам мобилизованных отвечают: «все живы, выполняют задачу».", Language.RU))
                .contains(EventType.COUNTER_STATEMENT);
    }

    @Test
    void readsNoLossInAManWhoDidNotComeBackFromLeave() {
        assertThat(types("Контрактник из Бугуруслана осенью не вернулся в часть из отпуска.", Language.RU))
                .contains(EventType.DESERTION).doesNotContain(EventType.CASUALTIES);
        assertThat(types("Из штурма на окраине Торецка не вернулся рядовой из Кинешмы.", Language.RU))
                .contains(EventType.CASUALTIES);
    }

    @Test
    void readsNoConfinementInAnArrestByTheSecurityServices() {
        assertThat(types("ФСБ задержала в Бугуруслане контрактника, который ушёл с позиций под Купянском.",
                Language.RU)).contains(EventType.DESERTION).doesNotContain(EventType.DETENTION);
        assertThat(types("Военная полиция задержала 12 отказников и заперла их в подвале.", Language.RU))
                .contains(EventType.DETENTION);
    }
}
