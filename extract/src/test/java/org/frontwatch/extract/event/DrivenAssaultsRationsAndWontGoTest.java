package org.frontwatch.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.event.ExtractedEvents.types;

import org.frontwatch.model.EventType;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/**
 * Men driven at tree lines, one meal a day and no warm clothing, "won't go" said of the positions, the missing in a list
 * of losses and relatives gathered outside an office.
 */
class DrivenAssaultsRationsAndWontGoTest {
    @Test
    void readsMenDrivenAtTreeLinesAsAssaults() {
        assertThat(types("Мобилизованных полка гнали на лесополосы под Дробышево пять раз за месяц.", Language.RU))
                .contains(EventType.ASSAULT);
        assertThat(types("Їхню роту п'ять разів гнали на лісосмуги під Великою Писарівкою.", Language.UK))
                .contains(EventType.ASSAULT);
        assertThat(types("On Tuesday a group of Russian soldiers walked into our positions near Korenevo.", Language.EN))
                .contains(EventType.ASSAULT);
    }

    @Test
    void readsOneMealADayAndNoWarmClothingAsShortage() {
        assertThat(types("Мобилизованных бойцов кормят раз в сутки, тёплой одежды нет.", Language.RU))
                .contains(EventType.SHORTAGE);
        assertThat(types("The prisoners, soldiers from Lipetsk, say they were given one meal a day.", Language.EN))
                .contains(EventType.SHORTAGE);
    }

    @Test
    void readsWontGoBackToThePositionsAsARefusalButNotConcessionsDeclined() {
        assertThat(types("«Сказав, що назад на позиції не піде», — розповіла дружина мобілізованого бійця.",
                Language.UK)).contains(EventType.REFUSAL);
        assertThat(types("Источники: Путин не пойдет на территориальные уступки ради прекращения войны на фронте.",
                Language.RU)).doesNotContain(EventType.REFUSAL);
    }

    @Test
    void readsTheMissingInAListOfLossesAndRelativesGatheredOutsideAnOffice() {
        assertThat(types("\"Of forty men of the company eleven are left. The others are dead, wounded or missing.\"",
                Language.EN)).contains(EventType.DESERTION, EventType.CASUALTIES);
        assertThat(types("Остальные бойцы роты — двухсотые, трёхсотые или пропали.", Language.RU))
                .contains(EventType.DESERTION, EventType.CASUALTIES);
        assertThat(types("Several hundred relatives of soldiers gathered outside the regional administration.",
                Language.EN)).contains(EventType.APPEAL);
        assertThat(types("«Нас міняють на метри»: мобілізовані з Рязанщини просять вивести їх з-під Малокатеринівки",
                Language.UK)).contains(EventType.APPEAL);
        assertThat(types("According to the women, 23 soldiers would not walk to the positions near Toretsk.",
                Language.EN)).contains(EventType.REFUSAL);
    }
}
