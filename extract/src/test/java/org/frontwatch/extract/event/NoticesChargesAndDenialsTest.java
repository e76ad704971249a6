package org.frontwatch.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.event.ExtractedEvents.types;

import org.frontwatch.model.EventType;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/**
 * Vocabulary added from the ninth blind round: a unit's death notices, "a lie" as a denial, charges, indictments and
 * abuse of power, extortion and forced delivery to a draft office, cases heard and opened, men failing to return,
 * rationed shells, recruits signed up.
 */
class NoticesChargesAndDenialsTest {
    private static final String SOLDIERS_EN = "Soldiers of the 14th brigade\n\n";
    private static final String SOLDIERS_UK = "Військовослужбовці 14-ї бригади\n\n";
    private static final String SOLDIERS_RU = "Военнослужащие 14-й бригады\n\n";

    @Test
    void aUnitHonouringTheBrothersItLostReportsCasualties() {
        assertThat(types(SOLDIERS_EN + "We honour the 11 brothers we lost this week.", Language.EN))
                .contains(EventType.CASUALTIES);
        assertThat(types(SOLDIERS_UK + "Вічна пам'ять загиблим захисникам.", Language.UK))
                .contains(EventType.CASUALTIES);
        assertThat(types(SOLDIERS_RU + "Генштаб ВСУ сообщил о 910 военных, выбывших за сутки.", Language.RU))
                .contains(EventType.CASUALTIES);
    }

    @Test
    void callingAClaimALieOrAPlantIsADenial() {
        assertThat(types(SOLDIERS_EN + "That is a lie: our losses are several times lower.", Language.EN))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(types(SOLDIERS_RU + "В правительстве области видео назвали «вбросом».", Language.RU))
                .contains(EventType.COUNTER_STATEMENT);
        // a plant without an official to call it so denies nothing
        assertThat(types(SOLDIERS_RU + "Блогеры обсуждают вброс о ротации.", Language.RU))
                .doesNotContain(EventType.COUNTER_STATEMENT);
    }

    @Test
    void chargesIndictmentsAndAbuseOfPowerAreProsecutionAndAbuse() {
        assertThat(types(SOLDIERS_UK + "Їм інкримінують перевищення влади із застосуванням насильства.", Language.UK))
                .contains(EventType.PROSECUTION, EventType.ABUSE);
        assertThat(types(SOLDIERS_UK + "Як випливає з обвинувального висновку, вони відмовилися виконувати наказ.",
                Language.UK)).contains(EventType.PROSECUTION);
        assertThat(types(SOLDIERS_RU + "Прокуратура сообщила о подозрении двум сотрудникам ТЦК.", Language.RU))
                .contains(EventType.PROSECUTION);
        assertThat(types(SOLDIERS_EN + "More than 8,000 such cases have been opened since January.", Language.EN))
                .contains(EventType.PROSECUTION);
    }

    @Test
    void extortionAndForcedDeliveryAreAbuse() {
        assertThat(types(SOLDIERS_UK + "Найчастіше бійці скаржаться на побори.", Language.UK))
                .contains(EventType.ABUSE);
        assertThat(types(SOLDIERS_UK + "Люди скаржаться на силове доставлення до ТЦК.", Language.UK))
                .contains(EventType.ABUSE, EventType.MOBILIZATION);
        assertThat(types(SOLDIERS_EN + "Police pushed two wives into a van.", Language.EN)).contains(EventType.ABUSE);
    }

    @Test
    void failingToReturnIsDesertionAndRationedShellsAShortage() {
        assertThat(types(SOLDIERS_EN + "The court gave him five years for failing to return to his unit.",
                Language.EN)).contains(EventType.DESERTION, EventType.PROSECUTION);
        assertThat(types(SOLDIERS_EN + "Two artillery brigades were on a ration of five shells a day per gun.",
                Language.EN)).contains(EventType.SHORTAGE);
        assertThat(types(SOLDIERS_UK + "Головна проблема — відсутність евакуації.", Language.UK))
                .contains(EventType.SHORTAGE);
        assertThat(types(SOLDIERS_EN + "Intelligence estimates that Russia signs up about 1,100 people a day.",
                Language.EN)).contains(EventType.MOBILIZATION);
    }

    @Test
    void aVideoAddressedToAnOfficialIsAnAppealAndGearBoughtByRelativesAShortage() {
        assertThat(types(SOLDIERS_EN + "Eleven wives posted a video addressed to the head of the republic.", Language.EN))
                .contains(EventType.APPEAL);
        assertThat(types(SOLDIERS_RU + "Жёны записали видео, адресованное губернатору.", Language.RU))
                .contains(EventType.APPEAL);
        assertThat(types(SOLDIERS_EN + "\"There is one jammer for the company, and the drones we buy them ourselves.\"",
                Language.EN)).contains(EventType.SHORTAGE);
        assertThat(types(SOLDIERS_RU + "Оба дрон-детектора куплены родственниками.", Language.RU))
                .contains(EventType.SHORTAGE);
        // soldiers publishing a video of their flag appeal to nobody
        assertThat(types(SOLDIERS_RU + "Россияне опубликовали видео со своим флагом на улице.", Language.RU))
                .doesNotContain(EventType.APPEAL);
    }

    @Test
    void readsAnOfficialDismissingFiguresOrReassuringAsACounterStatement() {
        assertThat(types(SOLDIERS_RU + "В министерстве эти цифры назвали «пропагандистскими фантазиями».",
                Language.RU)).contains(EventType.COUNTER_STATEMENT);
        assertThat(types(SOLDIERS_UK + "В уряді Калузької області відео назвали «інформаційною атакою».", Language.UK))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(types(SOLDIERS_EN + "The ministry called the figure \"propaganda arithmetic\".", Language.EN))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(types(SOLDIERS_RU + "Губернатор ответил, что отпуска предоставляются по графику.", Language.RU))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(types(SOLDIERS_RU + "Поезда ходят по графику, сообщили в РЖД.", Language.RU))
                .doesNotContain(EventType.COUNTER_STATEMENT);
    }
}
