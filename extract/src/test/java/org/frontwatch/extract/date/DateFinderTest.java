package org.frontwatch.extract.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.FixtureTexts.analysed;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.DatePrecision;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.junit.jupiter.api.Test;

/** Published 2023-03-08, a Wednesday, unless the test says otherwise. */
class DateFinderTest {
    private final DateFinder finder = DateFinder.bundled();

    private List<Mention> find(String text, Language language) {
        return finder.find(analysed(text, language));
    }

    private DateInterval only(String text, Language language) {
        List<Mention> found = find(text, language);
        assertThat(found).hasSize(1);
        return found.get(0).date().orElseThrow();
    }

    private static DateInterval interval(String from, String to, DatePrecision precision) {
        return new DateInterval(LocalDate.parse(from), LocalDate.parse(to), precision);
    }

    @Test
    void resolvesMinuvshiyWeekdaysLastYearsMonthsAndTheStartOfTheWar() {
        // published Wednesday 2023-03-08
        assertThat(only("Губернатор в минувший вторник заявил о проверке.", Language.RU))
                .isEqualTo(interval("2023-03-07", "2023-03-07", DatePrecision.DAY));
        assertThat(only("Военный суд в ноябре прошлого года приговорил двоих.", Language.RU))
                .isEqualTo(interval("2022-11-01", "2022-11-30", DatePrecision.MONTH));
        assertThat(only("Справи відкривали з кінця листопада минулого року.", Language.UK))
                .isEqualTo(interval("2022-11-21", "2022-11-30", DatePrecision.PART_OF_MONTH));
        assertThat(only("С начала войны погибли тысячи мобилизованных.", Language.RU))
                .isEqualTo(interval("2022-02-24", "2022-02-24", DatePrecision.DAYS));
        assertThat(only("Ночью на вторник дроны атаковали Белгород.", Language.RU))
                .isEqualTo(interval("2023-03-06", "2023-03-07", DatePrecision.DAYS));
    }

    @Test
    void resolvesEarlyFebruaryAsFirstTenDays() {
        List<Mention> found = find("Soldiers have recorded video messages since early February.", Language.EN);
        assertThat(found).extracting(Mention::text).containsExactly("early February");
        assertThat(found.get(0).date()).contains(interval("2023-02-01", "2023-02-10", DatePrecision.PART_OF_MONTH));
    }

    @Test
    void readsPartsOfMonthsInRussianAndUkrainian() {
        assertThat(only("Обращения записывают с начала февраля.", Language.RU))
                .isEqualTo(interval("2023-02-01", "2023-02-10", DatePrecision.PART_OF_MONTH));
        assertThat(only("Бои шли в конце января.", Language.RU))
                .isEqualTo(interval("2023-01-21", "2023-01-31", DatePrecision.PART_OF_MONTH));
        assertThat(only("Звернення записують з початку лютого.", Language.UK))
                .isEqualTo(interval("2023-02-01", "2023-02-10", DatePrecision.PART_OF_MONTH));
        assertThat(only("The push began in mid-March.", Language.EN).precision())
                .isEqualTo(DatePrecision.PART_OF_MONTH);
    }

    @Test
    void readsPartsOfAYearInAllThreeLanguages() {
        assertThat(find("С начала 2022 года суд вынес 30 приговоров.", Language.RU)).extracting(Mention::text)
                .containsExactly("начала 2022 года");
        assertThat(only("С начала 2022 года суд вынес 30 приговоров.", Language.RU))
                .isEqualTo(interval("2022-01-01", "2022-01-31", DatePrecision.MONTH));
        assertThat(only("Наприкінці 2022 року полк перекинули під Кремінну.", Language.UK))
                .isEqualTo(interval("2022-12-01", "2022-12-31", DatePrecision.MONTH));
        assertThat(only("The brigade has been there since mid-2022.", Language.EN))
                .isEqualTo(interval("2022-06-01", "2022-07-31", DatePrecision.MONTH));
    }

    @Test
    void readsMonthsAndYearsAfterThroughoutAndDuring() {
        assertThat(only("Losses stayed high throughout February.", Language.EN))
                .isEqualTo(interval("2023-02-01", "2023-02-28", DatePrecision.MONTH));
        assertThat(only("Recruitment went on throughout 2022.", Language.EN))
                .isEqualTo(interval("2022-01-01", "2022-12-31", DatePrecision.YEAR));
        assertThat(find("Three of 2000 men came back.", Language.EN)).isEmpty();
    }

    @Test
    void earlierThisMonthEndsAtPublication() {
        assertThat(only("Earlier this month the governor denied it.", Language.EN))
                .isEqualTo(interval("2023-03-01", "2023-03-08", DatePrecision.DAYS));
        assertThat(only("Раніше цього місяця губернатор це заперечив.", Language.UK))
                .isEqualTo(interval("2023-03-01", "2023-03-08", DatePrecision.DAYS));
    }

    @Test
    void lastSeasonWhileItRunsIsTheOneAYearBefore() {
        Optional<LocalDate> november = Optional.of(LocalDate.of(2024, 11, 20));
        assertThat(finder.find(analysed("Їх завербували минулої осені.", Language.UK, november)).get(0).date())
                .contains(interval("2023-09-01", "2023-11-30", DatePrecision.SEASON));
        assertThat(finder.find(analysed("They were recruited last summer.", Language.EN, november)).get(0).date())
                .contains(interval("2024-06-01", "2024-08-31", DatePrecision.SEASON));
        assertThat(finder.find(analysed("Их завербовали этой осенью.", Language.RU, november)).get(0).date())
                .contains(interval("2024-09-01", "2024-11-30", DatePrecision.SEASON));
    }

    @Test
    void aWinterOfTwoYearsBeganInDecemberOfTheFirst() {
        assertThat(only("The fighting near Bakhmut in the winter of 2022-23 was the hardest.", Language.EN))
                .isEqualTo(interval("2022-12-01", "2023-02-28", DatePrecision.SEASON));
        assertThat(only("Зимой 2022/2023 года полк стоял под Бахмутом.", Language.RU))
                .isEqualTo(interval("2022-12-01", "2023-02-28", DatePrecision.SEASON));
        assertThat(only("The winter of 2022 was quiet.", Language.EN))
                .isEqualTo(interval("2021-12-01", "2022-02-28", DatePrecision.SEASON));
    }

    @Test
    void infersTheLatestYearNotAfterPublication() {
        assertThat(only("Видео появилось 9 марта.", Language.RU)).isEqualTo(DateInterval.day(LocalDate.of(2023, 3, 9)));
        assertThat(only("Видео появилось 20 марта.", Language.RU))
                .isEqualTo(DateInterval.day(LocalDate.of(2022, 3, 20)));
        assertThat(only("The unit left on December 3.", Language.EN))
                .isEqualTo(DateInterval.day(LocalDate.of(2022, 12, 3)));
    }

    @Test
    void readsExplicitYearsAndNumericDates() {
        assertThat(only("Це сталося 9 березня 2023 року.", Language.UK))
                .isEqualTo(DateInterval.day(LocalDate.of(2023, 3, 9)));
        assertThat(only("Posted 09.03.2023 at night.", Language.EN)).isEqualTo(DateInterval.day(LocalDate.of(2023, 3, 9)));
        assertThat(only("Posted 2023-03-09.", Language.EN)).isEqualTo(DateInterval.day(LocalDate.of(2023, 3, 9)));
        assertThat(only("It was March 9, 2022.", Language.EN)).isEqualTo(DateInterval.day(LocalDate.of(2022, 3, 9)));
    }

    @Test
    void readsMonthsWithAndWithoutYear() {
        assertThat(only("В феврале их отправили на фронт.", Language.RU))
                .isEqualTo(interval("2023-02-01", "2023-02-28", DatePrecision.MONTH));
        assertThat(only("У лютому їх відправили на фронт.", Language.UK))
                .isEqualTo(interval("2023-02-01", "2023-02-28", DatePrecision.MONTH));
        assertThat(only("They were mobilised in October 2022.", Language.EN))
                .isEqualTo(interval("2022-10-01", "2022-10-31", DatePrecision.MONTH));
    }

    @Test
    void readsAYearlessDateWeeksAheadAsScheduledWhenTheSentenceSpeaksOfTheFuture() {
        assertThat(only("Приговор огласят 28 марта.", Language.RU)).isEqualTo(DateInterval.day(LocalDate.of(2023, 3, 28)));
        assertThat(only("Суд розглядатиме справу 15 квітня.", Language.UK))
                .isEqualTo(DateInterval.day(LocalDate.of(2023, 4, 15)));
        assertThat(only("The hearing will be held on April 2.", Language.EN))
                .isEqualTo(DateInterval.day(LocalDate.of(2023, 4, 2)));
        assertThat(only("В апреле их отправили на ротацию.", Language.RU))
                .isEqualTo(interval("2022-04-01", "2022-04-30", DatePrecision.MONTH));
        assertThat(only("Мобилизованных вернут домой в апреле.", Language.RU))
                .isEqualTo(interval("2023-04-01", "2023-04-30", DatePrecision.MONTH));
        assertThat(only("Засідання відбулося 15 квітня.", Language.UK))
                .isEqualTo(DateInterval.day(LocalDate.of(2022, 4, 15)));
        assertThat(only("The unit will be rotated, officers say, after it was moved on 20 May.", Language.EN))
                .isEqualTo(DateInterval.day(LocalDate.of(2022, 5, 20)));
    }

    @Test
    void readsRelativeDaysAndWeeks() {
        assertThat(only("Yesterday the men recorded a video.", Language.EN))
                .isEqualTo(DateInterval.day(LocalDate.of(2023, 3, 7)));
        assertThat(only("Вчера мужчины записали видео.", Language.RU)).isEqualTo(DateInterval.day(LocalDate.of(2023, 3, 7)));
        assertThat(only("Вчора чоловіки записали відео.", Language.UK))
                .isEqualTo(DateInterval.day(LocalDate.of(2023, 3, 7)));
        DateInterval lastWeek = interval("2023-02-27", "2023-03-05", DatePrecision.WEEK);
        assertThat(only("Relatives recorded a video last week.", Language.EN)).isEqualTo(lastWeek);
        assertThat(only("На прошлой неделе родственники записали видео.", Language.RU)).isEqualTo(lastWeek);
        assertThat(only("Минулого тижня родичі записали відео.", Language.UK)).isEqualTo(lastWeek);
    }

    @Test
    void readsDaysAgoWithWordsAndDigits() {
        assertThat(only("It happened two days ago.", Language.EN)).isEqualTo(DateInterval.day(LocalDate.of(2023, 3, 6)));
        assertThat(only("Это случилось три дня назад.", Language.RU))
                .isEqualTo(DateInterval.day(LocalDate.of(2023, 3, 5)));
        assertThat(only("Це сталося 5 днів тому.", Language.UK)).isEqualTo(DateInterval.day(LocalDate.of(2023, 3, 3)));
    }

    @Test
    void readsNightBeforeAWeekday() {
        assertThat(only("Обстрел начался в ночь на вторник.", Language.RU))
                .isEqualTo(interval("2023-03-06", "2023-03-07", DatePrecision.DAYS));
        assertThat(only("Обстріл почався у ніч на вівторок.", Language.UK))
                .isEqualTo(interval("2023-03-06", "2023-03-07", DatePrecision.DAYS));
        assertThat(only("The attack came on Monday.", Language.EN)).isEqualTo(DateInterval.day(LocalDate.of(2023, 3, 6)));
    }

    @Test
    void readsYearsOnlyWithAPrepositionOrYearWord() {
        assertThat(only("The team has traced troops since 2014.", Language.EN))
                .isEqualTo(interval("2014-01-01", "2014-12-31", DatePrecision.YEAR));
        assertThat(find("Осенью 2022 году и 2022 человека.", Language.RU)).hasSize(1);
        assertThat(find("About 2022 soldiers within 2022 days.", Language.EN)).isEmpty();
    }

    @Test
    void omitsRelativeDatesWithoutPublication() {
        assertThat(finder.find(analysed("Вчера и 9 марта, но 9 марта 2023 года.", Language.RU, Optional.empty())))
                .extracting(Mention::text).containsExactly("9 марта 2023 года");
    }

    @Test
    void doesNotReadCommonWordsAsDates() {
        assertThat(find("Марта сказала, что среда обитания и May be.", Language.RU)).isEmpty();
        assertThat(find("They may march in the evening.", Language.EN)).isEmpty();
    }

    @Test
    void readsTomorrowAndNextWeekAfterPublication() {
        assertThat(only("Суд продовжиться завтра.", Language.UK)).isEqualTo(DateInterval.day(LocalDate.of(2023, 3, 9)));
        assertThat(only("The hearing resumes next week.", Language.EN))
                .isEqualTo(interval("2023-03-13", "2023-03-19", DatePrecision.WEEK));
    }

    @Test
    void readsADateWordThatEndsAQuotedNameAsNoDate() {
        // found on real Telegram news posts (late 2024); the sentences are written for the test
        assertThat(find("Письма медиагруппы «Россия сегодня» получили в ЮНЕСКО.", Language.RU)).isEmpty();
        assertThat(find("Он сказал: «Сегодня мы подтверждаем потери».", Language.RU)).hasSize(1);
    }

    @Test
    void readsAMonthOrDayAfterNewYearInASentenceAboutTheFutureAsNextYears() {
        // written for the test from real Telegram news posts (late 2024); published on 24 November 2024
        Optional<LocalDate> published = Optional.of(LocalDate.of(2024, 11, 24));
        assertThat(finder.find(analysed("Новая администрация займется этим в январе.", Language.RU, published)))
                .extracting(m -> m.date().orElseThrow().from()).containsExactly(LocalDate.of(2025, 1, 1));
        assertThat(finder.find(analysed("Засідання відбудеться 3 січня.", Language.UK, published)))
                .extracting(m -> m.date().orElseThrow().from()).containsExactly(LocalDate.of(2025, 1, 3));
        assertThat(finder.find(analysed("В январе бои шли у Авдеевки.", Language.RU, published)))
                .extracting(m -> m.date().orElseThrow().from()).containsExactly(LocalDate.of(2024, 1, 1));
    }

    @Test
    void readsAWeekdayInASentenceAboutTheFutureAsTheComingOne() {
        // published on Wednesday 8 March 2023
        assertThat(only("Встреча пройдет в пятницу в Минске.", Language.RU))
                .isEqualTo(DateInterval.day(LocalDate.of(2023, 3, 10)));
        assertThat(only("The talks will resume on Friday.", Language.EN))
                .isEqualTo(DateInterval.day(LocalDate.of(2023, 3, 10)));
        assertThat(only("Встреча прошла в пятницу в Минске.", Language.RU))
                .isEqualTo(DateInterval.day(LocalDate.of(2023, 3, 3)));
    }

    @Test
    void readsTheStartOfTheWarAndOfTheCallUpAsFixedDates() {
        List<Mention> found = find("С начала специальной военной операции в области прошли 1400 похорон.", Language.RU);
        assertThat(found).extracting(Mention::text).containsExactly("начала специальной военной операции");
        assertThat(only("Від початку повномасштабного вторгнення загинули тисячі.", Language.UK))
                .isEqualTo(interval("2022-02-24", "2022-02-24", DatePrecision.DAYS));
        assertThat(only("Since the start of the full-scale invasion, he has served in the 93rd brigade.", Language.EN))
                .isEqualTo(interval("2022-02-24", "2022-02-24", DatePrecision.DAYS));
        assertThat(only("С начала мобилизации из района ушли 300 человек.", Language.RU))
                .isEqualTo(interval("2022-09-21", "2022-09-30", DatePrecision.DAYS));
    }

    @Test
    void joinsTwoDatesOfARangeIntoOneInterval() {
        assertThat(only("С октября по январь из бригады пропали 40 человек.", Language.RU))
                .isEqualTo(interval("2022-10-01", "2023-01-31", DatePrecision.MONTH));
        assertThat(only("У січні–лютому зареєстровано понад 17 тисяч проваджень.", Language.UK))
                .isEqualTo(interval("2023-01-01", "2023-02-28", DatePrecision.MONTH));
        assertThat(only("Between January and March, the group recorded 40 cases.", Language.EN))
                .isEqualTo(interval("2023-01-01", "2023-03-31", DatePrecision.MONTH));
        assertThat(only("Загальні втрати з 24.02.22 по 08.03.23 склали 150 тисяч осіб.", Language.UK))
                .isEqualTo(interval("2022-02-24", "2023-03-08", DatePrecision.DAYS));
        assertThat(only("У січні та лютому зареєстровано понад 17 тисяч проваджень.", Language.UK))
                .isEqualTo(interval("2023-01-01", "2023-02-28", DatePrecision.MONTH));
        assertThat(only("В декабре и январе из бригады пропали 40 человек.", Language.RU))
                .isEqualTo(interval("2022-12-01", "2023-01-31", DatePrecision.MONTH));
        // two months apart are two dates
        assertThat(find("In January and March the group recorded 40 cases.", Language.EN)).hasSize(2);
    }

    @Test
    void aDeadlineOrTwoDatesInAListAreNoRange() {
        assertThat(find("Суд отложил заседание до 30 марта, а 2 марта вынес решение.", Language.RU)).hasSize(2);
        assertThat(find("Обращения записали в январе и апреле.", Language.RU)).hasSize(2);
    }

    @Test
    void readsHalvesOfAYear() {
        assertThat(only("За первое полугодие 2022 года суд рассмотрел 97 дел.", Language.RU))
                .isEqualTo(interval("2022-01-01", "2022-06-30", DatePrecision.MONTH));
        assertThat(only("У другому півріччі 2022 року зареєстровано 40 проваджень.", Language.UK))
                .isEqualTo(interval("2022-07-01", "2022-12-31", DatePrecision.MONTH));
        assertThat(only("In the first half of 2022, 30 men deserted.", Language.EN))
                .isEqualTo(interval("2022-01-01", "2022-06-30", DatePrecision.MONTH));
    }

    @Test
    void aNightBeforeADateCoversBothDays() {
        assertThat(only("Уночі на 5 березня росіяни обстріляли Суми.", Language.UK))
                .isEqualTo(interval("2023-03-04", "2023-03-05", DatePrecision.DAYS));
        assertThat(only("Overnight, drones attacked Kharkiv.", Language.EN))
                .isEqualTo(interval("2023-03-07", "2023-03-07", DatePrecision.DAY));
        assertThat(find("The drones flew overnight into Thursday.", Language.EN)).extracting(Mention::text)
                .containsExactly("overnight into Thursday");
    }
}
