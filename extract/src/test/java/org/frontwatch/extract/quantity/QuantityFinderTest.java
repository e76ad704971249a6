package org.frontwatch.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.FixtureTexts.analysed;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.frontwatch.model.Figure;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.junit.jupiter.api.Test;

/**
 * Behaviour of {@link QuantityFinder}, one test per reading in the languages it covers. About 470 lines because every
 * bound, range, share and counted-noun rule has its own named test; the number reader's own cases are in
 * {@code NumberReaderTest}; split by reading (bounds, shares, counted nouns) when it grows further.
 */
class QuantityFinderTest {
    private final QuantityFinder finder = QuantityFinder.bundled();

    private List<Mention> find(String text, Language language) {
        return finder.find(analysed(text, language));
    }

    private Figure only(String text, Language language) {
        List<Mention> found = find(text, language);
        assertThat(found).hasSize(1);
        return found.get(0).figure().orElseThrow();
    }

    private static Figure figure(Long low, Long high, String unit, String per) {
        return new Figure(low == null ? OptionalLong.empty() : OptionalLong.of(low),
                high == null ? OptionalLong.empty() : OptionalLong.of(high), unit, Optional.ofNullable(per));
    }

    @Test
    void readsOfAHundredAsOneHundredAndCountsCossacksOfficersAndComplaints() {
        assertThat(only("Из сотни бойцов роты на позициях остались единицы.", Language.RU))
                .isEqualTo(figure(100L, 100L, "fighters", null));
        assertThat(only("Із сотні хлопців, що заїхали туди в жовтні, мало хто вийшов.", Language.UK))
                .isEqualTo(figure(100L, 100L, "men", null));
        assertThat(only("The channel claimed that 300 Kuban Cossacks had refused to attack.", Language.EN))
                .isEqualTo(figure(300L, 300L, "cossacks", null));
        assertThat(only("Prosecutors charged two officers of the recruitment centre.", Language.EN))
                .isEqualTo(figure(2L, 2L, "officers", null));
        assertThat(only("Омбудсман отримав понад 2600 скарг на дії ТЦК.", Language.UK))
                .isEqualTo(figure(2600L, null, "complaints", null));
    }

    @Test
    void readsEnglishRangeWithRate() {
        List<Mention> found = find("Ukrainian forces report losses — between 600 to 1,000 men a day.", Language.EN);
        assertThat(found).extracting(Mention::text).containsExactly("between 600 to 1,000 men a day");
        assertThat(found.get(0).figure()).contains(figure(600L, 1000L, "men", "day"));
    }

    @Test
    void readsACollectiveNumeralAsPeopleBeforeAVerbToo() {
        assertThat(find("Через неделю приказали идти снова, и шестеро сказали, что не пойдут.", Language.RU))
                .extracting(Mention::text).containsExactly("шестеро");
        assertThat(find("Семерых зачинщиков увезли на гауптвахту.", Language.RU)).extracting(Mention::text)
                .containsExactly("Семерых зачинщиков");
        assertThat(find("Их держали в яме двое суток.", Language.RU)).isEmpty();
        assertThat(find("Все трое служили в одном полку.", Language.RU)).isEmpty();
        assertThat(find("Об этом рассказали нам трое читателей.", Language.RU)).isEmpty();
    }

    @Test
    void readsTheWholeAPartIsCountedFromWithoutItsNoun() {
        assertThat(find("Двое из восьми с тех пор не выходят на связь.", Language.RU)).extracting(Mention::text)
                .containsExactly("Двое", "восьми");
    }

    @Test
    void readsANounBeforeANumberWordAsAnApproximateCount() {
        assertThat(only("До посадки дошли человек двадцать, остальных положили на берегу.", Language.RU))
                .isEqualTo(figure(20L, 20L, "men", null));
        assertThat(only("З осені не пішли на штурм, мабуть, чоловік двадцять.", Language.UK))
                .isEqualTo(figure(20L, 20L, "men", null));
    }

    @Test
    void readsCountsOfAttacksWithTheVerbFurtherAwayButNotRatios() {
        assertThat(only("Russian infantry had attacked the brigade's positions around the town 31 times on Sunday.",
                Language.EN)).isEqualTo(figure(31L, 31L, "attacks", null));
        assertThat(only("Russian infantry had attacked the sector 8 to 12 times a day.", Language.EN))
                .isEqualTo(figure(8L, 12L, "attacks", "day"));
        assertThat(only("Вони щонайменше шість разів відправляли бійців у піші штурми.", Language.UK))
                .isEqualTo(figure(6L, null, "attacks", null));
        assertThat(find("Они совершают в шесть раз больше атак с помощью дронов.", Language.RU)).isEmpty();
    }

    @Test
    void aListItemsNumberIsNoFigure() {
        assertThat(find("Требования, которые зачитывают участницы:\n1. провести ротацию;\n2. вернуть раненых.",
                Language.RU)).isEmpty();
    }

    @Test
    void readsRussianAndUkrainianRanges() {
        assertThat(only("Потери составляют от 600 до 1000 человек в сутки.", Language.RU))
                .isEqualTo(figure(600L, 1000L, "people", "day"));
        assertThat(only("Втрати сягають від 600 до 1 000 осіб за добу.", Language.UK))
                .isEqualTo(figure(600L, 1000L, "people", "day"));
        assertThat(only("Погибли 2-3 тысячи военнослужащих.", Language.RU))
                .isEqualTo(figure(2000L, 3000L, "servicemen", null));
        assertThat(only("Загинули 600–1000 окупантів.", Language.UK)).isEqualTo(figure(600L, 1000L, "soldiers", null));
    }

    @Test
    void readsLowerAndUpperBoundsAndApproximations() {
        assertThat(only("Soldiers from at least 16 different regions recorded videos.", Language.EN))
                .isEqualTo(figure(16L, null, "regions", null));
        assertThat(only("Не менее 234 мобилизованных отказались.", Language.RU))
                .isEqualTo(figure(234L, null, "mobilised", null));
        assertThat(only("Понад 300 бійців відмовилися.", Language.UK)).isEqualTo(figure(300L, null, "fighters", null));
        assertThat(only("Up to 500 soldiers were held.", Language.EN)).isEqualTo(figure(null, 500L, "soldiers", null));
        assertThat(only("Около 500 человек держат в подвале.", Language.RU))
                .isEqualTo(figure(500L, 500L, "people", null));
        assertThat(only("Близько 500 мобілізованих утримують.", Language.UK))
                .isEqualTo(figure(500L, 500L, "mobilised", null));
    }

    @Test
    void readsBareNumbersBesidePeopleVerbs() {
        assertThat(find("«Нас было 40, осталось лишь 9», — говорит боец.", Language.RU))
                .extracting(Mention::text).containsExactly("40", "9");
        assertThat(find("Під час обстрілу загинули шестеро, ще 11 поранено.", Language.UK))
                .extracting(m -> m.figure().orElseThrow().low().getAsLong()).containsExactly(6L, 11L);
        assertThat(find("Of the whole platoon, only three came back.", Language.EN))
                .extracting(Mention::text).containsExactly("three");
        assertThat(find("Мы ждали, осталось 10 дней до ротации.", Language.RU)).isEmpty();
    }

    @Test
    void populationsAndCountsOfSourcesAreNoFigures() {
        assertThat(find("До войны в посёлке жили около 9 тысяч человек.", Language.RU)).isEmpty();
        assertThat(find("Село, яке до війни мало близько двох тисяч мешканців, майже зруйноване.", Language.UK))
                .isEmpty();
        assertThat(find("Siversk, a town of about 11,000 people, is almost empty.", Language.EN)).isEmpty();
        assertThat(find("According to four former soldiers, 200 men refused to attack.", Language.EN))
                .extracting(Mention::text).containsExactly("200 men");
    }

    @Test
    void readsHyphenatedNumberWordRanges() {
        assertThat(only("Штурмовали группами по семь-восемь человек.", Language.RU))
                .isEqualTo(figure(7L, 8L, "people", null));
        assertThat(only("Вони йдуть групами по два-три бійці.", Language.UK).low()).isEqualTo(OptionalLong.of(2));
    }

    @Test
    void readsThousandsSeparators() {
        assertThat(only("In all 1.000 soldiers and", Language.EN)).isEqualTo(figure(1000L, 1000L, "soldiers", null));
        assertThat(only("Всего 12 500 военнослужащих.", Language.RU))
                .isEqualTo(figure(12500L, 12500L, "servicemen", null));
    }

    @Test
    void readsNumberWordsInThreeLanguages() {
        assertThat(only("Dozens of soldiers deserted.", Language.EN)).isEqualTo(figure(24L, null, "soldiers", null));
        assertThat(only("Two thousand men were mobilised.", Language.EN)).isEqualTo(figure(2000L, 2000L, "men", null));
        assertThat(only("Сотни мобилизованных жалуются.", Language.RU)).isEqualTo(figure(200L, null, "mobilised", null));
        assertThat(only("Тысяча человек пропала.", Language.RU)).isEqualTo(figure(1000L, 1000L, "people", null));
        assertThat(only("Півтори сотні бійців відмовилися.", Language.UK))
                .isEqualTo(figure(150L, 150L, "fighters", null));
        assertThat(only("Тисячі мобілізованих у Бахмуті.", Language.UK))
                .isEqualTo(figure(2000L, null, "mobilised", null));
    }

    @Test
    void readsPercentagesOfPeople() {
        assertThat(only("About 30% of the mobilised refused.", Language.EN)).isEqualTo(figure(30L, 30L, "percent", null));
        assertThat(only("Из мобилизованных отказались 15 процентов.", Language.RU))
                .isEqualTo(figure(15L, 15L, "percent", null));
        assertThat(only("Около 20% из них — мобилизованные.", Language.RU)).isEqualTo(figure(20L, 20L, "percent", null));
        assertThat(only("Близько 40% з них призвали восени.", Language.UK)).isEqualTo(figure(40L, 40L, "percent", null));
        assertThat(only("Сервисом пользуются 26% российских горожан.", Language.RU))
                .isEqualTo(figure(26L, 26L, "percent", null));
        assertThat(find("Осенью они составляли 26% всех потерь, а сейчас — только 18%.", Language.RU)).hasSize(2);
    }

    @Test
    void readsPercentagesOfPricesRatesAndStocksAsNoFigures() {
        assertThat(find("Трамп пообещал ввести пошлину в размере 10% на все товары из Китая.", Language.RU)).isEmpty();
        assertThat(find("Инфляция к концу года поднимется до 9%, а ставка останется на уровне 21%.", Language.RU))
                .isEmpty();
        assertThat(find("Податок на прибуток для компанії зросте до 40%.", Language.UK)).isEmpty();
        assertThat(find("Gas storage is 93% full, enough for the whole winter.", Language.EN)).isEmpty();
    }

    @Test
    void readsRatePhraseBeforeTheFigure() {
        assertThat(only("За добу ліквідовано близько 800 окупантів.", Language.UK))
                .isEqualTo(figure(800L, 800L, "soldiers", "day"));
    }

    @Test
    void neverTakesAgesYearsDatesTimesOrUnitNumbers() {
        assertThat(find("A 38-year-old soldier aged 38 left on 9 March 2023 at 18:00 with 500 roubles.", Language.EN))
                .isEmpty();
        assertThat(find("38-летний военный из 1439-го полка, 9 марта 2023 года в 18:00.", Language.RU)).isEmpty();
        assertThat(find("Бійці 1439 мсп та Т-72 з 2022 року.", Language.UK)).isEmpty();
        assertThat(find("The 1,439th regiment lost 200 men.", Language.EN)).extracting(Mention::text)
                .containsExactly("200 men");
    }

    @Test
    void readsDigitRunsWithSeveralSeparatorsWithoutFailing() {
        assertThat(find("Станом на 20.03.2019 у списках було 1.234,5 тисячі осіб і 1,2,3 пункти.", Language.UK))
                .allSatisfy(m -> assertThat(m.figure()).isPresent());
        assertThat(find("Про 12.500.000 людей і 3.14.15 осіб повідомили 1,234.5 сторінки.", Language.UK))
                .allSatisfy(m -> assertThat(m.figure()).isPresent());
    }

    @Test
    void aBareNumberAfterItsNounOrAGroupWordCounts() {
        assertThat(only("За прошлый год таких приговоров было 23.", Language.RU).low()).isEqualTo(OptionalLong.of(23));
        assertThat(only("Out of his platoon of 30, he said, few are left.", Language.EN).low())
                .isEqualTo(OptionalLong.of(30));
        assertThat(find("Это было 23.", Language.RU)).isEmpty();
    }

    @Test
    void halfOfTheMenIsFiftyPercent() {
        List<Mention> found = find("The battalion has lost around half of its men since May.", Language.EN);
        assertThat(found).extracting(Mention::text).containsExactly("around half of its men");
        assertThat(found.get(0).figure()).contains(figure(50L, 50L, "percent", null));
        assertThat(only("За месяц погибла половина мобилизованных роты.", Language.RU))
                .isEqualTo(figure(50L, 50L, "percent", null));
        assertThat(only("Половину бійців відправили в штурм.", Language.UK))
                .isEqualTo(figure(50L, 50L, "percent", null));
        assertThat(find("Half of the money was stolen.", Language.EN)).isEmpty();
    }

    @Test
    void countOfOurMenTakesTheUnitOfTheNoun() {
        assertThat(only("Since May, six of our boys have been killed.", Language.EN))
                .isEqualTo(figure(6L, 6L, "men", null));
    }

    @Test
    void bareNumberThatIsPartOfACountedWholeTakesItsUnit() {
        assertThat(find("Only 38 of the 120 men in the company can fight.", Language.EN))
                .extracting(Mention::text).containsExactly("38", "120 men");
        assertThat(find("They lost 120 men; 18 of them are held in a basement.", Language.EN))
                .extracting(m -> m.figure().orElseThrow().low().getAsLong()).containsExactly(120L, 18L);
        assertThat(find("Семеро из двенадцати бойцов вернулись.", Language.RU))
                .extracting(m -> m.figure().orElseThrow().unit()).containsExactly("fighters", "fighters");
    }

    @Test
    void bareNumberClosingAClauseAfterADashOrOutOfCountsWhatTheFigureBeforeCounts() {
        assertThat(find("Втрати склали близько 418 520 осіб, з них за минулу добу — 1 090, повідомляє Генштаб.",
                Language.UK)).extracting(m -> m.figure().orElseThrow().low().getAsLong())
                .containsExactly(418520L, 1090L);
        assertThat(find("Из нашей роты осталось 38 человек из ста двадцати.", Language.RU))
                .extracting(m -> m.figure().orElseThrow().low().getAsLong()).containsExactly(38L, 120L);
        assertThat(find("В 2023 году — 2024.", Language.RU)).isEmpty();
    }

    @Test
    void readsDefendersMarinesCiviliansAndSeveralHundredInTheDative() {
        assertThat(only("Україна повернула з полону ще 75 захисників.", Language.UK).low()).isEqualTo(OptionalLong.of(75));
        assertThat(only("They killed more than 600 Ukrainian marines.", Language.EN))
                .isEqualTo(figure(600L, null, "fighters", null));
        assertThat(only("Среди погибших четверо гражданских.", Language.RU).low()).isEqualTo(OptionalLong.of(4));
        assertThat(only("Організація допомогла кільком сотням чоловіків.", Language.UK))
                .isEqualTo(figure(200L, 900L, "men", null));
    }

    @Test
    void moneyOrMeasureBeforeACountedWordEndsTheSearch() {
        assertThat(find("Спор на сумму в 230 млн евро плюс проценты выиграла OMV.", Language.RU)).isEmpty();
        assertThat(find("Жителів сіл за 5 кілометрів від кордону евакуюють.", Language.UK)).isEmpty();
        assertThat(find("Each family gets 200,000 roubles, and 50 km of road are closed to civilians.", Language.EN))
                .isEmpty();
    }

    @Test
    void numbersInsideAWebAddressAreNoFigures() {
        assertThat(find("Подробнее: https://www.understandingwar.org/assessment-november-13-2024).", Language.RU))
                .isEmpty();
    }

    // Found on real Telegram news posts (late 2024); the sentences are written for the tests.

    @Test
    void aShareOfThingsIsNoFigure() {
        assertThat(find("Армия потеряла более 40% занятой территории в области.", Language.RU)).isEmpty();
        assertThat(find("Компаниям вернут лишь 3% от всех расходов.", Language.RU)).isEmpty();
        assertThat(find("Кандидат набрал больше всех голосов (25%).", Language.RU)).isEmpty();
        assertThat(find("Відключення торкнулися 70% території області.", Language.UK)).isEmpty();
        assertThat(find("Air defence shot down 90% of the missiles.", Language.EN)).isEmpty();
        assertThat(only("Около 20% из них — мобилизованные.", Language.RU).unit()).isEqualTo("percent");
    }

    @Test
    void anArticleNumberOrADurationIsNoFigure() {
        assertThat(find("Процессы по статье 275 Уголовного кодекса проходят в закрытом режиме.", Language.RU))
                .isEmpty();
        assertThat(find("Издания в последние два месяца оценивали потери по-разному.", Language.RU)).isEmpty();
        assertThat(find("Это первая за 73 дня массированная атака на столицу.", Language.RU)).isEmpty();
        assertThat(find("They carry out six times more attacks with drones.", Language.EN)).isEmpty();
    }

    @Test
    void readsTensAfterANumberWordAndAloneAsVague() {
        assertThat(only("Каналы сообщают о двух десятках беспилотников над областью.", Language.RU))
                .isEqualTo(figure(20L, 20L, "drones", null));
        assertThat(only("Власти сообщили о десятках погибших.", Language.RU))
                .isEqualTo(figure(20L, null, "killed", null));
        assertThat(only("Ночью сбили до десятка дронов.", Language.RU)).isEqualTo(figure(null, 10L, "drones", null));
    }

    @Test
    void aShareOfOpinionsOrBeliefsIsNoFigure() {
        // written for the test from real Telegram news posts (2024)
        assertThat(find("Верующими себя считают 80% опрошенных военных, из них 60% – православные.", Language.RU))
                .isEmpty();
        assertThat(find("Близько 40% бійців вважають, що переговори потрібні.", Language.UK)).isEmpty();
        assertThat(find("About 55% of respondents support the talks.", Language.EN)).isEmpty();
        assertThat(only("Около 30% мобилизованных погибли в первые недели.", Language.RU).unit()).isEqualTo("percent");
    }
    @Test
    void sharesOfMenOrOfAUnitAreBoundedPercentages() {
        assertThat(only("The brigade has lost more than half of its men since August.", Language.EN))
                .isEqualTo(figure(50L, null, "percent", null));
        assertThat(only("By March two thirds of its men were dead.", Language.EN))
                .isEqualTo(figure(67L, 67L, "percent", null));
        assertThat(only("He said half of the company was gone.", Language.EN))
                .isEqualTo(figure(50L, 50L, "percent", null));
        assertThat(only("About a third of them were former prisoners.", Language.EN))
                .isEqualTo(figure(33L, 33L, "percent", null));
        assertThat(only("Погибла треть роты.", Language.RU)).isEqualTo(figure(33L, 33L, "percent", null));
        assertThat(find("A third of the budget went to drones.", Language.EN)).isEmpty();
        assertThat(find("Треть россиян уволились с работы из-за низкой зарплаты.", Language.RU)).isEmpty();
    }

    @Test
    void guysAreMenAndThePeopleAReporterSpokeToAreSources() {
        assertThat(only("They sent 30 guys forward.", Language.EN)).isEqualTo(figure(30L, 30L, "men", null));
        assertThat(find("The outlet spoke to nine relatives of mobilized men.", Language.EN)).isEmpty();
    }

    @Test
    void readsACollectiveNumeralClosingItsClauseAsPeople() {
        assertThat(find("Вернулись, по их словам, только пятеро: остальные пропали.", Language.RU))
                .extracting(Mention::text).containsExactly("пятеро");
        assertThat(find("Ещё двое — сослуживцы из Горно-Алтайска — отказались.", Language.RU))
                .extracting(Mention::text).containsExactly("двое");
        assertThat(only("З групи живими залишилися двоє.", Language.UK)).isEqualTo(figure(2L, 2L, "men", null));
        assertThat(find("Двое суток их держали в подвале.", Language.RU)).isEmpty();
        assertThat(find("В набор входят салаты на четверых.", Language.RU)).isEmpty();
    }

    @Test
    void readsNumberWordsInTheInstrumental() {
        assertThat(only("ВСУ нанесли удар шестью ракетами.", Language.RU)).isEqualTo(figure(6L, 6L, "missiles", null));
        assertThat(find("Его перевели в штурмовую роту вместе с ещё четырнадцатью мобилизованными.", Language.RU))
                .extracting(Mention::text).containsExactly("четырнадцатью мобилизованными");
    }

    @Test
    void readsClashesAndExplosionsOfADailyReport() {
        assertThat(only("За минулу добу зафіксовано 187 бойових зіткнень.", Language.UK))
                .isEqualTo(figure(187L, 187L, "clashes", "day"));
        assertThat(only("Зафіксовано 213 вибухів.", Language.UK)).isEqualTo(figure(213L, 213L, "explosions", null));
    }

    @Test
    void readsTheLabelsAndDailyIncreasesOfALossTable() {
        String ukrainian = "Загальні втрати противника орієнтовно склали:\n"
                + "👉 особового складу — близько 822 410 (+1 520) осіб\n"
                + "👉 артилерійських систем — 22 006 (+41) од.\n"
                + "👉 РСЗВ — 1 256 (+3) од.\n"
                + "👉 кораблі / катери — 28 (0) од.\n"
                + "👉 автомобільної техніки та автоцистерн — 34 502 (+64) од.";
        assertThat(find(ukrainian, Language.UK)).extracting(m -> m.figure().orElseThrow()).contains(
                figure(822410L, 822410L, "personnel", null), figure(1520L, 1520L, "personnel", "day"),
                figure(22006L, 22006L, "artillery systems", null), figure(41L, 41L, "artillery systems", "day"),
                figure(1256L, 1256L, "multiple rocket launchers", null),
                figure(3L, 3L, "multiple rocket launchers", "day"), figure(28L, 28L, "ships", null),
                figure(34502L, 34502L, "vehicles", null), figure(64L, 64L, "vehicles", "day"));
        assertThat(find("Потери противника составили:\n• танков – 9 751 (+9)\n• БПЛА – 22 771 (+87)", Language.RU))
                .extracting(m -> m.figure().orElseThrow()).containsExactly(figure(9751L, 9751L, "tanks", null),
                        figure(9L, 9L, "tanks", "day"), figure(22771L, 22771L, "drones", null),
                        figure(87L, 87L, "drones", "day"));
        assertThat(find("The enemy lost:\ntanks – 9,751 (+9)", Language.EN)).extracting(m -> m.figure().orElseThrow())
                .containsExactly(figure(9751L, 9751L, "tanks", null), figure(9L, 9L, "tanks", "day"));
    }

    @Test
    void countsTheEquipmentABrigadeOrAMinistryCounts() {
        assertThat(find("Бригада знищила 41 мотоцикл, 17 багі та 23 пікапи.", Language.UK))
                .extracting(m -> m.figure().orElseThrow()).containsExactly(figure(41L, 41L, "motorcycles", null),
                        figure(17L, 17L, "buggies", null), figure(23L, 23L, "vehicles", null));
        assertThat(find("Область передала 96 комплектів РЕБ і 178 безпілотників, а 4 800 мін виявилися непридатними.",
                Language.UK)).extracting(m -> m.figure().orElseThrow().unit())
                .containsExactly("electronic warfare systems", "drones", "mines");
        assertThat(find("Ukraine built about 2,100 electronic-warfare systems last year.", Language.EN))
                .extracting(m -> m.figure().orElseThrow()).containsExactly(figure(2100L, 2100L,
                        "electronic warfare systems", null));
        assertThat(find("Писали о «до 40 двухсотых в день», а бригада знищила 9 загарбників.", Language.RU))
                .extracting(m -> m.figure().orElseThrow().unit()).containsExactly("killed", "soldiers");
        // the cars a strike burnt are no figure of the war's equipment
        assertThat(find("Повреждены около 15 автомобилей.", Language.RU)).isEmpty();
    }

    @Test
    void aLabelTooLongOrInsideASentenceCountsNothing() {
        assertThat(find("Он сказал, что в их батальоне было много танков — 12 лет назад.", Language.RU)).isEmpty();
        assertThat(find("👉 температура повітря вдень — 12 (+3)", Language.UK)).isEmpty();
    }

    @Test
    void countsTimesOfAttackingAsAttacks() {
        assertThat(only("На Лиманському напрямку ворог 14 разів атакував біля Терни.", Language.UK))
                .isEqualTo(figure(14L, 14L, "attacks", null));
        assertThat(only("На Покровском направлении противник 61 раз пытался прорвать оборону.", Language.RU))
                .isEqualTo(figure(61L, 61L, "attacks", null));
        assertThat(only("Russian forces attacked Ukrainian positions 41 times.", Language.EN))
                .isEqualTo(figure(41L, 41L, "attacks", null));
        assertThat(find("Атак стало в шесть раз больше, чем в прошлом году.", Language.RU)).isEmpty();
        assertThat(find("He called his mother 5 times before the assault.", Language.EN)).isEmpty();
        assertThat(only("Окупанти щонайменше шість разів атакували біля Авдіївки.", Language.UK))
                .isEqualTo(figure(6L, null, "attacks", null));
        assertThat(only("За добу відбито 14 атак.", Language.UK)).isEqualTo(figure(14L, 14L, "attacks", "day"));
    }

    @Test
    void everyNthIsAShareOfPeople() {
        assertThat(only("Каждый пятый погибший был мобилизован.", Language.RU))
                .isEqualTo(figure(20L, 20L, "percent", null));
        assertThat(only("За даними видання, кожен п'ятий у бригаді пішов у СЗЧ.", Language.UK))
                .isEqualTo(figure(20L, 20L, "percent", null));
        assertThat(only("Relatives say every third man in the battalion was killed.", Language.EN))
                .isEqualTo(figure(33L, 33L, "percent", null));
    }

    @Test
    void twoNumbersJoinedByOrAreARange() {
        assertThat(only("Two or three men died every day.", Language.EN)).isEqualTo(figure(2L, 3L, "men", null));
        assertThat(only("Погибли двое или трое бойцов.", Language.RU)).isEqualTo(figure(2L, 3L, "fighters", null));
    }

    @Test
    void theBaseOfARateIsNoFigure() {
        assertThat(find("Больше всего погибших на 100 тысяч жителей в Туве.", Language.RU)).isEmpty();
        assertThat(find("Tuva has the most deaths per 100,000 residents.", Language.EN)).isEmpty();
    }

    @Test
    void aPartIncludedInATotalCountsWhatTheTotalCounts() {
        assertThat(find("Россия потеряла около 1 150 000 военных, в том числе 1 040 за последние сутки.", Language.RU))
                .extracting(m -> m.figure().orElseThrow())
                .containsExactly(figure(1150000L, 1150000L, "soldiers", null), figure(1040L, 1040L, "soldiers", "day"));
        assertThat(find("Russia lost about 1,150,000 troops, including 1,040 over the past day.", Language.EN))
                .extracting(m -> m.figure().orElseThrow())
                .containsExactly(figure(1150000L, 1150000L, "troops", null), figure(1040L, 1040L, "troops", "day"));
    }

    @Test
    void aBareNumberThatRefusedOrSurrenderedCountsPeople() {
        assertThat(only("Nineteen refused.", Language.EN)).isEqualTo(figure(19L, 19L, "men", null));
        assertThat(only("Трое отказались.", Language.RU)).isEqualTo(figure(3L, 3L, "men", null));
        assertThat(find("He refused 5 times.", Language.EN)).isEmpty();
    }
}
