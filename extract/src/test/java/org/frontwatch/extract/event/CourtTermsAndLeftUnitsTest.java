package org.frontwatch.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.event.ExtractedEvents.types;

import org.frontwatch.model.EventType;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/**
 * Court news told by the terms given and cases received, men who left their unit or stopped calling, and officials'
 * stock phrases of denial (blind round 8).
 */
class CourtTermsAndLeftUnitsTest {
    @Test
    void readsTheTermsGivenAndTheCasesCourtsReceivedAsProsecution() {
        assertThat(types("Оба контрактника бригады получили по шесть лет колонии.", Language.RU))
                .contains(EventType.PROSECUTION);
        assertThat(types("Вінниччина: суд дав військовослужбовцю п'ять років за відпустку, що тривала рік.",
                Language.UK)).contains(EventType.PROSECUTION);
        assertThat(types("Лише з 1 вересня до судів надійшло 38 нових справ проти військових полку.", Language.UK))
                .contains(EventType.PROSECUTION);
        assertThat(types("The soldier was given two years and four months by the garrison court.", Language.EN))
                .contains(EventType.PROSECUTION);
        assertThat(types("SBI investigators have sent the indictment against the company commander to court.",
                Language.EN)).contains(EventType.PROSECUTION);
        assertThat(types("Он 20 лет за рулём и никогда не служил в армии.", Language.RU))
                .doesNotContain(EventType.PROSECUTION);
    }

    @Test
    void readsMenWhoLeftTheirUnitOrStoppedCallingAsDesertion() {
        assertThat(types("В марте контрактник ушёл из расположения части под Макеевкой.", Language.RU))
                .contains(EventType.DESERTION);
        assertThat(types("У липні солдат утік із військової частини на Херсонщині.", Language.UK))
                .contains(EventType.DESERTION);
        assertThat(types("Her husband, a mobilised soldier, last called on October 19.", Language.EN))
                .contains(EventType.DESERTION);
    }

    @Test
    void readsOfficialsStockPhrasesAsADenial() {
        assertThat(types("В правительстве края обращение мобилизованных назвали «монтажом».", Language.RU))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(types("Администрация заявила, что «все военнослужащие гарнизона выполняют задачи по предназначению».",
                Language.RU)).contains(EventType.COUNTER_STATEMENT);
        assertThat(types("В уряді області відправку мобілізованих назвали «плановими заходами».", Language.UK))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(types("В правительстве края обращение военных назвали фейком.", Language.RU))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(types("Блогера осудили за распространение военных фейков о мобилизованных.", Language.RU))
                .doesNotContain(EventType.COUNTER_STATEMENT);
    }
}
