package org.frontwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.frontwatch.extract.text.TextAnalyser;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.junit.jupiter.api.Test;

class RegionFinderTest {
    private final RegionFinder finder = RegionFinder.bundled();

    private List<String> found(String text, Language language) {
        return finder.find(TextAnalyser.bundled().analyse(text, language, Optional.empty())).stream()
                .map(m -> m.text() + "=" + m.key()).toList();
    }

    @Test
    void answersAgainAboutTheSameTextAndReadsAnEqualTextAnew() {
        TextAnalyser analyser = TextAnalyser.bundled();
        String text = "Мобилизованные из Иркутской области и Бурятии обратились к губернатору.";
        var first = analyser.analyse(text, Language.RU, Optional.empty());
        var other = analyser.analyse("Жёны мобилизованных из Курской области записали видео.", Language.RU,
                Optional.empty());

        List<Mention> regions = finder.find(first);
        assertThat(finder.find(first)).isSameAs(regions);
        assertThat(finder.find(other)).extracting(Mention::key).containsExactly("RU-KRS");
        assertThat(finder.find(first)).isEqualTo(regions).extracting(Mention::key)
                .containsExactly("RU-IRK", "RU-BU");
    }

    @Test
    void readsEnglishDemonymsAndStemsBeforePeopleNouns() {
        assertThat(found("Wives of Chechen soldiers and Kalmyk conscripts wrote to the governor.", Language.EN))
                .containsExactly("Chechen=RU-CE", "Kalmyk=RU-KL");
        assertThat(found("Kursk residents and Moscow officials met in Kursk.", Language.EN)).isEmpty();
    }

    @Test
    void readsUkrainianNamesOfRussianRegionsAndAdjectivesNoDictionaryKnows() {
        assertThat(found("Мобілізовані з Рязанщини та Югри просять вивести їх з-під Малокатеринівки.", Language.UK))
                .containsExactly("Рязанщини=RU-RYA", "Югри=RU-KHM");
        assertThat(found("Рідні югорських військових і адигейські контрактники записали відео.", Language.UK))
                .containsExactly("югорських=RU-KHM", "адигейські=RU-AD");
        assertThat(found("Ямальские бойцы и жёны с Колымы обратились к губернатору.", Language.RU))
                .containsExactly("Ямальские=RU-YAN", "Колымы=RU-MAG");
        assertThat(found("Yakutian servicemen and men from the Khanty-Mansi region and Prykarpattia.", Language.EN))
                .containsExactly("Yakutian=RU-SA", "Khanty-Mansi region=RU-KHM", "Prykarpattia=UA-26");
    }

    @Test
    void readsThePeopleOfARegionNamedAfterItInAnyCase() {
        assertThat(found("Пермяки записали видео, жёны тамбовчан их поддержали, погибли 1 200 новгородцев.",
                Language.RU)).containsExactly("Пермяки=RU-PER", "тамбовчан=RU-TAM", "новгородцев=RU-NGR");
        assertThat(found("Серед загиблих 141 петербуржець, брянці записали звернення.", Language.UK))
                .containsExactly("петербуржець=RU-SPE", "брянці=RU-BRY");
        assertThat(found("The Kaliningraders say they were locked in a cellar.", Language.EN))
                .containsExactly("Kaliningraders=RU-KGD");
        assertThat(found("Буряты и татары служат в полку.", Language.RU)).isEmpty();
    }

    @Test
    void readsARegionAdjectiveBeforeASoldierNounTheDictionaryDoesNotKnow() {
        assertThat(found("Среди задержанных трое вологодских контрактников и чукотские морпехи.", Language.RU))
                .containsExactly("вологодских=RU-VLG", "чукотские=RU-CHU");
        assertThat(found("Жёны из Еврейской автономии и Ненецкого автономного округа.", Language.RU))
                .containsExactly("Еврейской автономии=RU-YEV", "Ненецкого автономного округа=RU-NEN");
    }

    @Test
    void readsInflectedRussianRegionWithItsHead() {
        assertThat(found("Мобилизованных из Иркутской области отправили на фронт.", Language.RU))
                .containsExactly("Иркутской области=RU-IRK");
        assertThat(found("В Краснодарском крае и Ханты-Мансийском автономном округе прошли проверки.", Language.RU))
                .containsExactly("Краснодарском крае=RU-KDA", "Ханты-Мансийском автономном округе=RU-KHM");
    }

    @Test
    void readsRussianRegionNamesAndColloquialForms() {
        assertThat(found("Родственники из Бурятии и Приангарья обратились к Путину.", Language.RU))
                .containsExactly("Бурятии=RU-BU", "Приангарья=RU-IRK");
        assertThat(found("Бойцы из ДНР и Подмосковья жалуются на командиров.", Language.RU))
                .containsExactly("ДНР=UA-14", "Подмосковья=RU-MOS");
    }

    @Test
    void readsBareAdjectiveAfterPrepositionOrBeforePeople() {
        assertThat(found("Взрывы прогремели в Белгородской. Иркутские мобилизованные записали видео.", Language.RU))
                .containsExactly("Белгородской=RU-BEL", "Иркутские=RU-IRK");
    }

    @Test
    void readsABareUkrainianAdjectiveAfterPrepositionOnlyInAnObliqueCase() {
        // "з Челябінська" is the city's genitive, spelled like the nominative adjective; "з Челябінської" the region
        assertThat(found("Одні приїхали з Челябінська, інші з Челябінської, треті до Курська.", Language.UK))
                .containsExactly("Челябінської=RU-CHE");
    }

    @Test
    void readsTheAdjectiveOfARepublicNamedAfterItsPeopleBeforeSoldiersOrItsUnits() {
        assertThat(found("Чувашские мобилизованные и удмуртские контрактники записали видео.", Language.RU))
                .containsExactly("Чувашские=RU-CU", "удмуртские=RU-UD");
        assertThat(found("Нам написали понад 40 чуваських родин.", Language.UK)).containsExactly("чуваських=RU-CU");
        assertThat(found("Soldiers call it the Tuvan brigade; Mari soldiers say the same.", Language.EN))
                .containsExactly("Tuvan=RU-TY", "Mari=RU-ME");
        assertThat(found("Чувашский язык преподают в школах.", Language.RU)).isEmpty();
    }

    @Test
    void ignoresRegionAdjectiveBeforeOtherNouns() {
        assertThat(found("Сотрудники Иркутского авиазавода и курской полиции вышли на работу.", Language.RU))
                .isEmpty();
    }

    @Test
    void readsALowercaseRegionAdjectiveBeforeTheNameOfATown() {
        assertThat(found("Среди них несколько контрактников из калмыцкой Лагани.", Language.RU))
                .containsExactly("калмыцкой=RU-KL");
        assertThat(found("Среди них несколько контрактников из калмыцкой столицы.", Language.RU)).isEmpty();
        assertThat(found("Так каже дружина одного з бійців з тульського Донського.", Language.UK))
                .containsExactly("тульського=RU-TUL");
    }

    @Test
    void readsTheUkrainianSpellingsOfVladimirIvanovoAndTheRussianRovenskaya() {
        assertThat(found("Полк сформували з мобілізованих Володимирської та Іванівської областей, частину — з "
                + "Владимирської.", Language.UK))
                .containsExactly("Володимирської=RU-VLA", "Іванівської областей=RU-IVA", "Владимирської=RU-VLA");
        assertThat(found("Среди вернувшихся — военные из Черкасской, Кировоградской и Ровенской областей.",
                Language.RU)).containsExactly("Черкасской=UA-71", "Кировоградской=UA-35", "Ровенской областей=UA-56");
    }

    @Test
    void readsCoordinatedRegionsSharingOneHead() {
        assertThat(found("Обстрелы Донецкой и Луганской областей продолжаются.", Language.RU))
                .containsExactly("Донецкой=UA-14", "Луганской областей=UA-09");
        assertThat(found("Shelling hit the Donetsk, Luhansk and Zaporizhzhia regions overnight.", Language.EN))
                .containsExactly("Donetsk=UA-14", "Luhansk=UA-09", "Zaporizhzhia regions=UA-23");
    }

    @Test
    void readsAUkrainianRegionWhoseAdjectiveIsAlsoAVillagesName() {
        assertThat(found("Морпіхи з Приморського краю воюють під Курахове, інші — у Приморському краї.", Language.UK))
                .containsExactly("Приморського краю=RU-PRI", "Приморському краї=RU-PRI");
    }

    @Test
    void readsUkrainianRegionsInAnyCase() {
        assertThat(found("Мобілізованих з Донеччини та Курщини перекинули до Іркутської області.", Language.UK))
                .containsExactly("Донеччини=UA-14", "Курщини=RU-KRS", "Іркутської області=RU-IRK");
        assertThat(found("Окупанти обстріляли Харківщину, іркутські мобілізовані скаржаться.", Language.UK))
                .containsExactly("Харківщину=UA-63", "іркутські=RU-IRK");
    }

    @Test
    void readsEnglishRegionsButNotCitiesAlone() {
        assertThat(found("Men called up from the Irkutsk region were sent near Avdiivka in the occupied Donetsk "
                + "region; others came from Tatarstan, Yakutia and Kursk Oblast.", Language.EN))
                .containsExactly("Irkutsk region=RU-IRK", "Donetsk region=UA-14", "Tatarstan=RU-TA",
                        "Yakutia=RU-SA", "Kursk Oblast=RU-KRS");
        assertThat(found("Drones struck Kursk and Belgorod overnight.", Language.EN)).isEmpty();
    }

    @Test
    void takesInTheWordRepublic() {
        assertThat(found("Контрактники из Республики Бурятия и Republic of Tatarstan.", Language.RU))
                .containsExactly("Республики Бурятия=RU-BU", "Republic of Tatarstan=RU-TA");
    }

    @Test
    void reportsOffsetsIntoTheTextAsGiven() {
        String text = "🔥 Срочно: в Курской области объявлен режим КТО";
        List<Mention> mentions = finder.find(TextAnalyser.bundled().analyse(text, Language.RU, Optional.empty()));
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.span().of(text)).isEqualTo("Курской области");
            assertThat(m.key()).isEqualTo("RU-KRS");
        });
    }

    @Test
    void leavesCityAdjectivesWithoutHeadToTheCity() {
        assertThat(found("Московские чиновники и київська влада мовчать, а курские власти молчат.", Language.RU))
                .containsExactly("курские=RU-KRS");
    }

    @Test
    void readsPossessiveEnglishRegion() {
        assertThat(found("The Belgorod region's governor said nothing.", Language.EN))
                .containsExactly("Belgorod region's=RU-BEL");
    }
    @Test
    void readsEnglishStemsBeforeGovernorAndTelegramWordsForSoldiers() {
        assertThat(found("Orsk mobiks asked the Orenburg governor for help; the Tomsk governor's office denied it.",
                Language.EN)).containsExactly("Orenburg=RU-ORE", "Tomsk=RU-TOM");
    }

    @Test
    void readsTheShchynaNamesOfRussianRegions() {
        assertThat(found("Полонений з Волгоградщини розповів про загін.", Language.UK)).containsExactly("Волгоградщини=RU-VGG");
        assertThat(found("На Саратовщині і Самарщині чули вибухи.", Language.UK))
                .containsExactly("Саратовщині=RU-SAR", "Самарщині=RU-SAM");
        assertThat(found("Мобилизованные из Волгоградчины и Ростовщины.", Language.RU))
                .containsExactly("Волгоградчины=RU-VGG", "Ростовщины=RU-ROS");
    }

    @Test
    void readsAltaiAloneAsAltaiKrai() {
        assertThat(found("Військові з Алтаю записали звернення.", Language.UK)).containsExactly("Алтаю=RU-ALT");
        assertThat(found("Постояльцы соццентра на Алтае госпитализированы.", Language.RU))
                .containsExactly("Алтае=RU-ALT");
        assertThat(found("Власти Республики Алтай сообщили.", Language.RU)).containsExactly("Республики Алтай=RU-AL");
    }
}
