package org.frontwatch.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.event.ExtractedEvents.types;

import org.frontwatch.model.EventType;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/** An interviewer's questions tell no event; the answers do ({@link InterviewQuestions}). */
class InterviewQuestionsTest {
    @Test
    void readsNoEventInAnInterviewersQuestionButInTheAnswer() {
        String interview = "Контрактник из Кинешмы рассказал нам о штурмах под Торецком.\n\n"
                + "— Как выглядели эти штурмы?\n\n"
                + "— Нас гнали на посадки группами по пять человек, без прикрытия.\n\n"
                + "— Вы отказывались?\n\n"
                + "— Нет, отказников сажали в яму.";
        assertThat(ExtractedEvents.events(interview, Language.RU))
                .noneMatch(e -> e.text().endsWith("?"))
                .anyMatch(e -> e.type() == EventType.ASSAULT && e.text().startsWith("— Нас гнали"));
    }

    @Test
    void readsAQuestionOutsideAnInterviewAsAnySentence() {
        assertThat(types("Почему мобилизованных из Кинешмы снова гонят на штурм без прикрытия?", Language.RU))
                .contains(EventType.ASSAULT);
    }
}
