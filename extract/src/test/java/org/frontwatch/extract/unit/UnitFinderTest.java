package org.frontwatch.extract.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.FixtureTexts.analysed;

import java.util.List;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.junit.jupiter.api.Test;

class UnitFinderTest {
    private final UnitFinder finder = UnitFinder.bundled();

    private List<String> keys(String text, Language language) {
        return finder.find(analysed(text, language)).stream().map(Mention::key).toList();
    }

    private List<String> texts(String text, Language language) {
        return finder.find(analysed(text, language)).stream().map(Mention::text).toList();
    }

    @Test
    void readsEnglishOrdinalWithThousandsSeparator() {
        assertThat(texts("After four pleas from the 1,439th regiment, relatives recorded a video.", Language.EN))
                .containsExactly("1,439th regiment");
        assertThat(keys("After four pleas from the 1,439th regiment, relatives recorded a video.", Language.EN))
                .containsExactly("unit:regiment:1439");
    }

    @Test
    void aFormationNamedLikeAFirstNameNeedsQuotesOrItsBattalion() {
        assertThat(keys("По словам Айдара, бойцов батальона «Айдар» обстреляли.", Language.RU))
                .containsExactly("unit:named:aidar");
        assertThat(keys("Aidar, 29, said the Aidar battalion held the village.", Language.EN))
                .containsExactly("unit:named:aidar");
    }

    @Test
    void readsTheAbbreviationsEnglishReportingUsesForRussianAndUkrainianUnits() {
        assertThat(keys("Court files name the 55 OMSBr, or 55-ya omsbr, as v/ch 55115.", Language.EN))
                .containsExactly("unit:brigade:55", "unit:brigade:55", "unit:unit:55115");
        assertThat(keys("The 14th SMB held the line beside the 36th CAA and the 1st MRR.", Language.EN))
                .containsExactly("unit:brigade:14", "unit:army:36", "unit:regiment:1");
    }

    @Test
    void readsBrigadesNumberedAboveThreeHundred() {
        assertThat(keys("Бойцы 810-й бригады морской пехоты и 414-та бригада стоят рядом.", Language.RU))
                .containsExactly("unit:brigade:810", "unit:brigade:414");
        assertThat(keys("The 448th missile brigade fired again.", Language.EN)).containsExactly("unit:brigade:448");
    }

    @Test
    void readsBareOrdinalWhenTheNumberIsAlreadyAUnit() {
        assertThat(keys("Men of the 1439th regiment complained. The 1439th was sent to Avdiivka.", Language.EN))
                .containsExactly("unit:regiment:1439", "unit:regiment:1439");
    }

    @Test
    void takesTheLastKindWordOfAnEnglishChain() {
        assertThat(keys("The 58th Combined Arms Army and the 1st Army Corps attacked.", Language.EN))
                .containsExactly("unit:army:58", "unit:corps:1");
    }

    @Test
    void readsRussianOrdinalRegimentInSeveralCases() {
        assertThat(keys("Бойцы 1439-го мотострелкового полка записали обращение. 1439-й полк стоит под Авдеевкой.",
                Language.RU)).containsExactly("unit:regiment:1439", "unit:regiment:1439");
    }

    @Test
    void readsRussianBrigadeWithGenitiveComplement() {
        assertThat(texts("Морпехи 155-я бригада морской пехоты снова пошли в атаку.", Language.RU))
                .containsExactly("155-я бригада");
    }

    @Test
    void readsNumberSignAndAbbreviations() {
        assertThat(keys("Мобилизованные из полка № 1439 и из 1439 мсп, а также 64 омсбр и 20-й гв. мсд.",
                Language.RU)).containsExactly("unit:regiment:1439", "unit:regiment:1439", "unit:brigade:64",
                "unit:division:20");
    }

    @Test
    void readsUkrainianOrdinalsAndAbbreviations() {
        assertThat(keys("Бійці 3-тя окрема штурмова бригада та 488-му мотострілецькому полку, а також 93 ОМБр.",
                Language.UK)).containsExactly("unit:brigade:3", "unit:regiment:488", "unit:brigade:93");
    }

    @Test
    void keysANumberedUnitByItsDigitsAsWrittenWithoutALetterPrefix() {
        assertThat(keys("Військова частина А1234 оголосила набір, як і в/ч А-0998.", Language.UK))
                .containsExactly("unit:unit:1234", "unit:unit:0998");
        assertThat(keys("Контрактники в/ч 02511 не вернулись из отпуска.", Language.RU))
                .containsExactly("unit:unit:02511");
        assertThat(keys("A soldier of military unit A4310 was beaten.", Language.EN)).containsExactly("unit:unit:4310");
    }

    @Test
    void readsNumberedMilitaryUnitsInAllLanguages() {
        assertThat(keys("Military unit 16871 is based near Moscow.", Language.EN)).containsExactly("unit:unit:16871");
        assertThat(keys("Его отправили в в/ч № 12345, а потом в войсковую часть 54321.", Language.RU))
                .containsExactly("unit:unit:12345", "unit:unit:54321");
    }

    @Test
    void readsSpelledOutOrdinals() {
        assertThat(keys("Volunteers of the First Slavic Brigade and the Третья бригада.", Language.EN))
                .containsExactly("unit:brigade:1", "unit:brigade:3");
    }

    @Test
    void readsNamedFormationsInThreeScripts() {
        assertThat(keys("Former prisoners of Storm-Z fought next to Wagner.", Language.EN))
                .containsExactly("unit:named:storm-z", "unit:named:wagner");
        assertThat(keys("Бойцы «Шторм-Z» и ЧВК «Вагнер», а также бригада «Ветераны».", Language.RU))
                .containsExactly("unit:named:storm-z", "unit:named:wagner", "unit:named:veterans");
        assertThat(keys("Підрозділ «Ахмат» і вагнерівці відступили.", Language.UK))
                .containsExactly("unit:named:akhmat", "unit:named:wagner");
    }

    @Test
    void readsInflectedStormDetachments() {
        assertThat(keys("Он воевал со Штормом Z, а его брат в «Шторма-Z» не попал.", Language.RU))
                .containsExactly("unit:named:storm-z", "unit:named:storm-z");
        assertThat(keys("Бійці «Шторму-V» здалися.", Language.UK)).containsExactly("unit:named:storm-v");
        assertThat(keys("Шторм з дождём шёл всю ночь.", Language.RU)).isEmpty();
    }

    @Test
    void neverTakesDatesAgesCountsOrYears() {
        assertThat(keys("On 9 March 2023 about 300 soldiers aged 24 left; the 3rd time the brigade moved.",
                Language.EN)).isEmpty();
        assertThat(keys("9 марта 2023 года 38-летний мобилизованный и еще 3 бригады, 2-3 роты ушли.", Language.RU))
                .isEmpty();
        assertThat(keys("У 2022 році 200 бійців полку загинули 24 лютого.", Language.UK)).isEmpty();
    }

    @Test
    void spansAreOffsetsIntoTheTextAsGiven() {
        String text = "Солдаты 1439-го полка.";
        Mention mention = finder.find(analysed(text, Language.RU)).get(0);
        assertThat(text.substring(mention.span().start(), mention.span().end())).isEqualTo("1439-го полка");
    }

    @Test
    void readsAYearBeforeAnArmyAsNoArmy() {
        assertThat(keys("С марта по ноябрь 2022-го фейков о действиях российской армии стало больше.", Language.RU))
                .isEmpty();
        assertThat(keys("Бойцы 1439-го полка и 58-й армии.", Language.RU))
                .containsExactly("unit:regiment:1439", "unit:army:58");
    }

    @Test
    void readsAPersonCalledWagnerAsNoFormation() {
        assertThat(keys("Представитель МИД Германии Кристиан Вагнер заявил об ордерах.", Language.RU)).isEmpty();
        assertThat(keys("Бывшие бойцы ЧВК «Вагнер» и вагнеровцы из Ростова.", Language.RU))
                .containsExactly("unit:named:wagner", "unit:named:wagner");
        assertThat(keys("Prigozhin's Wagner fighters left; Richard Wagner's opera played.", Language.EN))
                .containsExactly("unit:named:wagner");
    }

    @Test
    void readsAFractionOfAnArmyAsNoUnit() {
        // found on real Telegram news posts (late 2024); the sentence is written for the test
        assertThat(keys("Это примерно одна десятая часть всей украинской армии.", Language.RU)).isEmpty();
        assertThat(keys("Десятая бригада вышла из боя.", Language.RU)).containsExactly("unit:brigade:10");
    }

    @Test
    void readsANumberedBuildingAsNoCorps() {
        // written for the test from real Telegram news posts (2024)
        assertThat(keys("Студенты собрались у первого корпуса Тбилисского государственного университета.",
                Language.RU)).isEmpty();
        assertThat(keys("Снаряд попал во второй корпус обласної лікарні.", Language.UK)).isEmpty();
        assertThat(keys("Протестующие собрались у первого корпуса Тбилисского госуниверситета.", Language.RU))
                .isEmpty();
        assertThat(keys("Уламки впали біля другого корпусу Харківського держуніверситету.", Language.UK)).isEmpty();
        assertThat(keys("Жильцов третьего жилого корпуса эвакуировали.", Language.RU)).isEmpty();
        assertThat(keys("Бойцы 3-го армейского корпуса заняли позиции у школы.", Language.RU))
                .containsExactly("unit:corps:3");
        assertThat(keys("The 1st Corps of the National Guard was formed.", Language.EN))
                .containsExactly("unit:corps:1");
    }
    @Test
    void readsACapitalisedUnitAndItsNumberButNoLowercaseUnitBeforeAFigure() {
        assertThat(keys("The men serve in Unit 29209 near Kreminna.", Language.EN)).containsExactly("unit:unit:29209");
        assertThat(keys("Of the unit 120 men came back.", Language.EN)).isEmpty();
    }

    @Test
    void readsUkrainesAirAssaultBrigadeAbbreviation() {
        assertThat(keys("Бійці 46-ї ОАеМБр тримають оборону під Покровськом.", Language.UK))
                .containsExactly("unit:brigade:46");
    }
}
