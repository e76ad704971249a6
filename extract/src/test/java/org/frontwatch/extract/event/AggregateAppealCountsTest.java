package org.frontwatch.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.event.ExtractedEvents.types;

import org.frontwatch.model.EventType;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/**
 * A newsroom's count of video appeals is an aggregate report of APPEAL (eval/README.md; blind round 11); a count of
 * requests or complaints an office received sums them up and reports none.
 */
class AggregateAppealCountsTest {
    @Test
    void readsACountOfVideoAppealsAsAnAppeal() {
        assertThat(types("С 1 февраля военные и их родственники опубликовали 19 видеообращений, подсчитала редакция.",
                Language.RU)).contains(EventType.APPEAL);
        assertThat(types("«Важливі історії» нарахували понад 40 відеозвернень мобілізованих з Іванівської області.",
                Language.UK)).contains(EventType.APPEAL);
        assertThat(types("Verstka counted 19 appeals by soldiers from the Volga federal district between January and March.",
                Language.EN)).contains(EventType.APPEAL);
    }

    @Test
    void readsACountOfComplaintsAnOfficeReceivedAsNoAppeal() {
        assertThat(types("У лютому до Офісу Військового омбудсмана надійшло 1 914 звернень від військових.",
                Language.UK)).doesNotContain(EventType.APPEAL);
        assertThat(types("С начала года в аппарат уполномоченного поступило 640 обращений.", Language.RU))
                .doesNotContain(EventType.APPEAL);
        assertThat(types("Since January the ombudsman's office has received 64 complaints.", Language.EN))
                .doesNotContain(EventType.APPEAL);
    }
}
