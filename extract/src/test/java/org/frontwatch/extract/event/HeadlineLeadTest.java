package org.frontwatch.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.event.ExtractedEvents.events;

import org.frontwatch.model.EventType;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/** A headline's losses are about the soldiers its lead names; its criminal cases need their own defendants. */
class HeadlineLeadTest {
    @Test
    void aHeadlinesLossesTakeTheSoldiersOfItsLead() {
        String text = "87 прощаний за три месяца: что пишут о погибших\n\n"
                + "Районные администрации Удмуртии с сентября сообщили о прощании с 87 военнослужащими.";
        assertThat(events(text, Language.RU)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.CASUALTIES);
            assertThat(e.span().start()).isZero();
        });
    }

    @Test
    void aHeadlinesCourtCaseDoesNotTakeTheArmyOfItsLead() {
        String text = "Адвоката приговорили к семи годам колонии\n\n"
                + "Его обвинили в распространении фейков об армии.";
        assertThat(events(text, Language.RU)).noneSatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.PROSECUTION);
            assertThat(e.span().start()).isZero();
        });
    }
}
