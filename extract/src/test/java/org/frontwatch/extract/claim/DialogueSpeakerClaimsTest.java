package org.frontwatch.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.FixtureTexts.PUBLISHED;
import static org.frontwatch.extract.SharedExtractor.EXTRACTOR;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.frontwatch.model.Claim;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/**
 * Figures in the answers of a Q/A interview and in the lines of a transcript with speaker labels are claimed by the one
 * who answers or speaks; a sentence that names its own claimant keeps it, questions and the outlet's own voice claim
 * nothing, and news posts with dialogue dashes or "X:" lines are no dialogue. The texts were written for this test.
 */
class DialogueSpeakerClaimsTest {
    private static final String RUSSIAN_INTERVIEW = """
            «Из восьмидесяти нас осталось двенадцать»: мобилизованный из Кирова — о штурмах и о том, как он сдался

            Сергей (имя изменено) — 29 лет, до мобилизации работал электриком в Кирове. Мы поговорили с ним по телефону.

            — Где вы служили?

            — В мотострелковом батальоне под Торецком. В роте было 80 человек, к марту осталось 12.

            — Говорят, из батальона ушли 40 человек. Это правда?

            — Не знаю. По данным командира роты, за зиму ушли 15 человек. Сам я видел, как ушли трое.

            — Что было дальше?

            — Нас, 9 человек, отправили на штурм. Вернулись четверо.
            """;

    private static final String UKRAINIAN_TRANSCRIPT = """
            Телеканал «Південна хвиля», ефір 4 березня. Розшифровка

            ВЕДУЧА: До нас приєднується Тарас Коваль, речник бригади. Тарасе, скільки полонених цього тижня?

            КОВАЛЬ: Цього тижня наші бійці взяли в полон 14 військових. Усі з одного полку.

            ВЕДУЧА: А втрати противника?

            КОВАЛЬ: За даними Генштабу, за добу противник втратив 600 військових. На нашій ділянці знищено близько 70 окупантів.

            ВЕДУЧА: Дякую. Нагадаємо, у селі живе 300 людей.
            """;

    private static final String ENGLISH_INTERVIEW = """
            A prisoner from Perm on the assaults near Kupiansk

            Denis, 41, was recruited from a penal colony and surrendered in April. Baltic Courier spoke to him in a camp.

            Baltic Courier: How many men were in your company?

            Denis: When we arrived there were 70 men. By April only 9 were left.

            Baltic Courier: Did anyone refuse to attack?

            Denis: In March, according to the battalion commander, 20 men refused. I saw 5 of them put in a pit.

            Baltic Courier: What happened to you?

            Denis: We reported 12 missing men to the battalion. Then I walked to the Ukrainian trench alone.
            """;

    private static final String ENGLISH_QUESTIONS_AND_ANSWERS = """
            Lawyer Anna Marsh has defended soldiers in garrison courts since 2023.

            Q: How many cases do you have?

            A: This year 26 soldiers asked me to defend them.

            Q: How many were sentenced?

            A: So far 11 men were sentenced to prison.
            """;

    /** Two questions answered, but each answer ends in an author's remark: a news story's dialogue. */
    private static final String RUSSIAN_NEWS_WITH_DIALOGUE = """
            Патрульные задержали в Курске двух мобилизованных, ушедших из части.
            — Сколько вас ушло?
            — Нас ушло 6 человек, — рассказал первый.
            — И сколько осталось в роте?
            — Из роты осталось 14 человек, — рассказал второй.
            """;

    private static final String RUSSIAN_DIGEST = """
            СРОЧНО: в Белгородской области задержаны 12 военных, ушедших из части.

            ВАЖНО: по данным прокуратуры, с начала года возбуждено 300 дел о СОЧ.

            МОЛНИЯ: в Курской области пропали 40 мобилизованных.
            """;

    private static List<Claim> claims(String text, Language language) {
        return EXTRACTOR.extract(text, Optional.of(PUBLISHED), Optional.of(language)).claims();
    }

    private static Optional<String> claimantOf(List<Claim> claims, long low) {
        return claims.stream().filter(c -> c.figure().low().equals(OptionalLong.of(low))).findFirst()
                .flatMap(Claim::claimant);
    }

    @Test
    void russianAnswersAfterDashesAreTheIntervieweesOfTheLead() {
        List<Claim> found = claims(RUSSIAN_INTERVIEW, Language.RU);
        assertThat(claimantOf(found, 80)).contains("Сергей");
        assertThat(claimantOf(found, 12)).contains("Сергей");
        assertThat(claimantOf(found, 9)).contains("Сергей");
        assertThat(claimantOf(found, 4)).contains("Сергей");
    }

    @Test
    void anAnswerThatNamesItsSourceKeepsIt() {
        List<Claim> found = claims(RUSSIAN_INTERVIEW, Language.RU);
        assertThat(claimantOf(found, 15)).hasValueSatisfying(name -> assertThat(name).contains("командира роты"));
    }

    @Test
    void aQuestionClaimsNothingForTheInterviewee() {
        assertThat(claims(RUSSIAN_INTERVIEW, Language.RU))
                .noneMatch(c -> c.figure().low().equals(OptionalLong.of(40)) && c.claimant().isPresent());
    }

    @Test
    void ukrainianTranscriptLinesAreTheirSpeakersButTheHostClaimsNothing() {
        List<Claim> found = claims(UKRAINIAN_TRANSCRIPT, Language.UK);
        assertThat(claimantOf(found, 14)).contains("КОВАЛЬ");
        assertThat(claimantOf(found, 70)).contains("КОВАЛЬ");
        assertThat(claimantOf(found, 600)).hasValueSatisfying(name -> assertThat(name).contains("Генштабу"));
        assertThat(found).noneMatch(c -> c.figure().low().equals(OptionalLong.of(300)) && c.claimant().isPresent());
    }

    @Test
    void englishLabelledAnswersAreTheirLabels() {
        List<Claim> found = claims(ENGLISH_INTERVIEW, Language.EN);
        assertThat(claimantOf(found, 70)).contains("Denis");
        assertThat(claimantOf(found, 9)).contains("Denis");
        assertThat(claimantOf(found, 20)).hasValueSatisfying(name -> assertThat(name).contains("battalion commander"));
        assertThat(found).noneMatch(c -> c.claimant().equals(Optional.of("Baltic Courier")));
    }

    @Test
    void aFirstPersonClaimantInAnAnswerIsTheOneWhoAnswers() {
        assertThat(claimantOf(claims(ENGLISH_INTERVIEW, Language.EN), 12)).contains("Denis");
    }

    @Test
    void bareAnswerMarkersStandForTheIntervieweeOfTheLead() {
        List<Claim> found = claims(ENGLISH_QUESTIONS_AND_ANSWERS, Language.EN);
        assertThat(claimantOf(found, 26)).contains("Anna Marsh");
        assertThat(claimantOf(found, 11)).contains("Anna Marsh");
    }

    @Test
    void aNewsPostWithDialogueDashesIsNoInterview() {
        List<Claim> found = claims(RUSSIAN_NEWS_WITH_DIALOGUE, Language.RU);
        assertThat(found).noneMatch(c -> c.claimant().filter(name -> name.startsWith("Патрульные")).isPresent());
        assertThat(claimantOf(found, 6)).contains("первый");
        assertThat(claimantOf(found, 14)).contains("второй");
    }

    @Test
    void headlinesInCapitalsAreNoSpeakers() {
        List<Claim> found = claims(RUSSIAN_DIGEST, Language.RU);
        assertThat(found).noneMatch(c -> c.claimant().filter(name -> name.equals(name.toUpperCase())).isPresent());
        assertThat(claimantOf(found, 300)).hasValueSatisfying(name -> assertThat(name).contains("прокуратуры"));
    }
}
