package org.frontwatch.extract.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.FixtureTexts.analysed;

import java.time.LocalDate;
import java.util.List;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.DatePrecision;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/**
 * Halves of a month or a year, a month "last year" and a day of the month told alone ("since the 12th"), published
 * 2023-03-08 (blind round 10); part of last month, a chronology line's capitalised month, "the invasion began"
 * (blind round 11).
 */
class HalvesAndDaysOfTheMonthTest {
    private static List<DateInterval> dates(String text, Language language) {
        return DateFinder.bundled().find(analysed(text, language)).stream().map(m -> m.date().orElseThrow()).toList();
    }

    private static DateInterval interval(String from, String to, DatePrecision precision) {
        return new DateInterval(LocalDate.parse(from), LocalDate.parse(to), precision);
    }

    @Test
    void readsTheFirstAndSecondHalfOfAMonth() {
        assertThat(dates("They were marched out five times in the first half of February.", Language.EN))
                .containsExactly(interval("2023-02-01", "2023-02-15", DatePrecision.PART_OF_MONTH));
        assertThat(dates("Он пропал во второй половине января.", Language.RU))
                .containsExactly(interval("2023-01-16", "2023-01-31", DatePrecision.PART_OF_MONTH));
    }

    @Test
    void readsAMonthLastYearAndAHalfYearWithoutItsYear() {
        assertThat(dates("He signed a contract in October last year.", Language.EN))
                .containsExactly(interval("2022-10-01", "2022-10-31", DatePrecision.MONTH));
        assertThat(dates("За перше півріччя суди винесли 40 вироків.", Language.UK))
                .containsExactly(interval("2022-01-01", "2022-06-30", DatePrecision.MONTH));
    }

    @Test
    void readsADayOfTheMonthToldAloneAsThisMonthsOrLastMonthsButNotAFloorOrABattalion() {
        assertThat(dates("They came back on the 3rd, and he has not called since the 12th.", Language.EN))
                .containsExactly(interval("2023-03-03", "2023-03-03", DatePrecision.DAY),
                        interval("2023-02-12", "2023-02-12", DatePrecision.DAY));
        assertThat(dates("He lived on the 5th floor; the 3rd battalion attacked.", Language.EN)).isEmpty();
    }

    @Test
    void readsAPartOfLastMonth() {
        assertThat(dates("In a second video, recorded late last month, eight women held up photographs.", Language.EN))
                .containsExactly(interval("2023-02-21", "2023-02-28", DatePrecision.PART_OF_MONTH));
        assertThat(dates("Видео записали в конце прошлого месяца.", Language.RU))
                .containsExactly(interval("2023-02-21", "2023-02-28", DatePrecision.PART_OF_MONTH));
        assertThat(dates("Відео записали на початку минулого місяця.", Language.UK))
                .containsExactly(interval("2023-02-01", "2023-02-10", DatePrecision.PART_OF_MONTH));
    }

    @Test
    void readsACapitalisedMonthOpeningAChronologyLine() {
        assertThat(dates("Июнь 2022 года — переброска на Запорожское направление.", Language.RU))
                .containsExactly(interval("2022-06-01", "2022-06-30", DatePrecision.MONTH));
        assertThat(dates("Листопад 2022 року — полк під Сватовим.", Language.UK))
                .containsExactly(interval("2022-11-01", "2022-11-30", DatePrecision.MONTH));
    }

    @Test
    void readsTheDayTheInvasionBeganAndNoYesterdayAcrossALineBreak() {
        assertThat(dates("At least 46,000 soldiers had been killed since the invasion began.", Language.EN))
                .containsExactly(interval("2022-02-24", "2022-02-24", DatePrecision.DAYS));
        assertThat(dates("ИТОГИ ВЧЕРАШНЕГО\n\nВчера у правительства стояли 26 жён.", Language.RU))
                .containsExactly(interval("2023-03-07", "2023-03-07", DatePrecision.DAY));
    }
}
