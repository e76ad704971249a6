package org.frontwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.frontwatch.extract.text.TextAnalyser;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

class OrganisationFinderTest {
    private final OrganisationFinder finder = OrganisationFinder.bundled();

    private List<String> found(String text, Language language) {
        return finder.find(TextAnalyser.bundled().analyse(text, language, Optional.empty())).stream()
                .map(m -> m.text() + "=" + m.key()).toList();
    }

    @Test
    void readsTheSurrenderProjectAndUkrainianAgenciesByTheirShortNames() {
        assertThat(found("Он сдался через проект «Хочу жить».", Language.RU)).containsExactly("Хочу жить=org:khochu-zhyty");
        assertThat(found("SBI investigators sent the indictment to court.", Language.EN))
                .containsExactly("SBI=org:state-bureau-of-investigation-ua");
        assertThat(found("За даними Держприкордонслужби, атаку відбито.", Language.UK))
                .containsExactly("Держприкордонслужби=org:border-guard-ua");
    }

    @Test
    void aCommonWordNameBeforeAColonIsTheSpeakerOfThePost() {
        assertThat(found("Генштаб: за добу ліквідовано 900 окупантів. Дані Генштабу ЗСУ.", Language.UK))
                .extracting(s -> s.substring(s.indexOf('=') + 1))
                .containsExactly("org:general-staff-ua", "org:general-staff-ua");
    }

    @Test
    void aQuotedNameThatReportsOrIsToldIsAnOutletKeyedByItsDictionaryForm() {
        assertThat(found("«Полярный курьер» поговорил с шестью бойцами. Как рассказали «Полярному курьеру» их жёны, "
                + "бойцов держали в яме.", Language.RU)).containsExactly("Полярный курьер=org:polyarny-kuryer",
                "Полярному курьеру=org:polyarny-kuryer");
        assertThat(found("Об этом пишет «Иристон-Медиа».", Language.RU)).containsExactly("Иристон-Медиа=org:iriston-media");
        assertThat(found("Солдаты сказали «Да» и ушли. Накануне 30-летия своей версии «Озера» труппа уехала.",
                Language.RU)).isEmpty();
    }

    @Test
    void aQuotedNameInAnObliqueCaseIsKeyedByItsNominativeWithAgreeingAdjectives() {
        assertThat(found("Об этом «Южному берегу» рассказали бывшие задержанные.", Language.RU))
                .containsExactly("Южному берегу=org:yuzhny-bereg");
        assertThat(found("Как рассказала «Сибирской ленте» жена бойца, роту отправили в штурм.", Language.RU))
                .containsExactly("Сибирской ленте=org:sibirskaya-lenta");
        assertThat(found("По подсчёту «Южного берега», таких дел не менее 40.", Language.RU))
                .containsExactly("Южного берега=org:yuzhny-bereg");
        assertThat(found("Про це розповіла журналістам «Курсу Прикарпаття» дружина бійця.", Language.UK))
                .containsExactly("Курсу Прикарпаття=org:kurs-prykarpattia");
        assertThat(found("У ТЦК «Хроніці тилу» відповіли, що чоловіка доставили для уточнення даних.", Language.UK))
                .containsExactly("Хроніці тилу=org:khronika-tylu");
    }

    @Test
    void anEnglishNameEndingInAnOutletWordIsAnOutlet() {
        assertThat(found("Seven women told Baltic Courier that their husbands were sent back.", Language.EN))
                .containsExactly("Baltic Courier=org:baltic-courier");
        assertThat(found("He spoke to North Star Media by video link.", Language.EN))
                .containsExactly("North Star Media=org:north-star-media");
        assertThat(found("Most of the men came from Eastern Europe and Central Asia.", Language.EN)).isEmpty();
    }

    @Test
    void theMinistryOfDefenceWithoutItsCountryIsTheOneOfTheLanguage() {
        assertThat(found("Вопрос решается Министерством обороны.", Language.RU))
                .containsExactly("Министерством обороны=org:ministry-of-defence-ru");
        assertThat(found("Запит надіслали до Міністерства оборони.", Language.UK))
                .containsExactly("Міністерства оборони=org:ministry-of-defence-ua");
    }

    @Test
    void theChannelAPostWasForwardedFromIsAnOrganisation() {
        assertThat(found("Forwarded from Donbas Watch\n\nSoldiers of the brigade recorded a video.", Language.EN))
                .containsExactly("Donbas Watch=org:donbas-watch");
        assertThat(found("Переслано из: Медиазона\n\nВоенные записали видео.", Language.RU))
                .containsExactly("Медиазона=org:mediazona");
        assertThat(found("📌 Переслано з каналу «Степовий вісник»\n\n#СЗЧ", Language.UK))
                .singleElement().satisfies(m -> assertThat(m).startsWith("Степовий вісник=org:"));
    }

    @Test
    void theSourceLineOfARepostedItemNamesAnOrganisationInAnyScript() {
        assertThat(found("▪️ В Апатитах жёны мобилизованных вышли к военкомату.\nИсточник: Хибины Live\n\n▪️ Ещё новость",
                Language.RU)).containsExactly("Хибины Live=org:khibiny-live");
        assertThat(found("Вчора в Ізмаїлі сталася бійка.\nДжерело: «Бессарабія Онлайн»", Language.UK))
                .singleElement().satisfies(m -> assertThat(m).startsWith("Бессарабія Онлайн=org:"));
        assertThat(found("Police pushed two women into a van.\nSource: Golosa Baikala (Baikal Voices)", Language.EN))
                .containsExactly("Golosa Baikala=org:golosa-baikala");
        // "источник" inside a sentence is a person who would not be named, not a source line
        assertThat(found("Как сообщил источник: в части неспокойно.", Language.RU)).isEmpty();
    }

    @Test
    void aQuotedNameAfterAChatOrAGroupIsAnOrganisation() {
        assertThat(found("Видео появилось в чате «Жёны СВО | Сокол» в среду.", Language.RU))
                .singleElement().satisfies(m -> assertThat(m).startsWith("Жёны СВО | Сокол=org:"));
        assertThat(found("Правозахисна група «Право на життя» налічила 19 страт.", Language.UK))
                .singleElement().satisfies(m -> assertThat(m).startsWith("Право на життя=org:"));
        assertThat(found("Z-канал «Запорожский рубеж» писал о потерях.", Language.RU))
                .singleElement().satisfies(m -> assertThat(m).startsWith("Запорожский рубеж=org:"));
        assertThat(found("Группа военных вышла к штабу.", Language.RU)).isEmpty();
    }

    @Test
    void readsEnglishOutletsAndTeams() {
        assertThat(found("According to Verstka and the Conflict Intelligence Team, People of Baikal traced the "
                + "relatives; Reuters and ISW confirmed.", Language.EN))
                .containsExactly("Verstka=org:verstka", "Conflict Intelligence Team=org:conflict-intelligence-team",
                        "People of Baikal=org:people-of-baikal", "Reuters=org:reuters", "ISW=org:isw");
    }

    @Test
    void readsInflectedRussianNamesInQuotes() {
        assertThat(found("Как пишет «Верстка», в «Людях Байкала» и Минобороны России это отрицают.", Language.RU))
                .containsExactly("Верстка=org:verstka", "Людях Байкала=org:people-of-baikal",
                        "Минобороны России=org:ministry-of-defence-ru");
    }

    @Test
    void readsUkrainianAgenciesAndAcronyms() {
        assertThat(found("За даними Генштабу ЗСУ та СБУ, про це повідомила Українська правда.", Language.UK))
                .containsExactly("Генштабу ЗСУ=org:general-staff-ua", "СБУ=org:sbu",
                        "Українська правда=org:ukrainska-pravda");
    }

    @Test
    void leavesLowercaseCommonWordsAlone() {
        assertThat(found("Вёрстка газеты задержалась, а астра расцвела.", Language.RU)).isEmpty();
        assertThat(found("Let us see what the cit said.", Language.EN)).isEmpty();
    }

    @Test
    void organisationIntroducedByAHeadNounIsFoundWithoutTheTable() {
        assertThat(found("According to the Telegram channel Kursk Without Filter, 40 men were detained.", Language.EN))
                .containsExactly("Kursk Without Filter=org:kursk-without-filter");
        assertThat(found("Об этом сообщил телеграм-канал «Байкальский патруль».", Language.RU))
                .containsExactly("Байкальский патруль=org:baikalsky-patrul");
        assertThat(found("Видання «Буковинський вісник» налічило 340 загиблих.", Language.UK))
                .containsExactly("Буковинський вісник=org:bukovynskyi-visnyk");
        assertThat(found("The Russian human rights project Voice of Veterans says so.", Language.EN))
                .containsExactly("Voice of Veterans=org:voice-of-veterans");
    }

    @Test
    void laterBareUseOfAnIntroducedNameIsTheSameOrganisation() {
        assertThat(found("The outlet Okopny Reyestr counted 412 men. Okopny Reyestr says the number is higher.",
                Language.EN)).containsExactly("Okopny Reyestr=org:okopny-reyestr", "Okopny Reyestr=org:okopny-reyestr");
    }

    @Test
    void headNounWithoutANameOrWithALowercaseWordMakesNoMention() {
        assertThat(found("Two channels reported it; the channel on Monday deleted the post.", Language.EN)).isEmpty();
        assertThat(found("Канал сообщил об этом в понедельник.", Language.RU)).isEmpty();
    }

    @Test
    void platformQualifyingAHeadNounIsNoMention() {
        assertThat(found("Two pro-Russian Telegram channels reported the brawl.", Language.EN)).isEmpty();
    }

    @Test
    void bareGeneralStaffOrDefenceMinistryTakesTheCountryOfTheFullMention() {
        assertThat(found("Ukraine's General Staff said so. The General Staff added details.", Language.EN))
                .containsExactly("Ukraine's General Staff=org:general-staff-ua", "General Staff=org:general-staff-ua");
        assertThat(found("The defence ministry answered. Later Russia's defence ministry published a video.",
                Language.EN)).containsExactly("defence ministry=org:ministry-of-defence-ru",
                "Russia's defence ministry=org:ministry-of-defence-ru");
        assertThat(found("The General Staff said so.", Language.EN)).isEmpty();
        // a Ukrainian text that names no country means Ukraine's; "рф" is Russia's however it is spelled
        assertThat(found("За даними, які оприлюднив Генштаб, росіяни втратили 1 020 військових.", Language.UK))
                .containsExactly("Генштаб=org:general-staff-ua");
        assertThat(found("Водночас Міноборони рф заявляє про інше, а український Генштаб це спростовує.", Language.UK))
                .containsExactly("Міноборони рф=org:ministry-of-defence-ru",
                        "український Генштаб=org:general-staff-ua");
    }

    @Test
    void readsWidelyCitedSourcesOfTheWarInThreeLanguages() {
        assertThat(found("Британская разведка и ВМС ВСУ сообщили об этом, как и Идель.Реалии.", Language.RU))
                .containsExactly("Британская разведка=org:uk-defence-intelligence", "ВМС ВСУ=org:navy-ua",
                        "Идель.Реалии=org:idel-realii");
        assertThat(found("Про це повідомили ВМС ЗСУ та Уповноважений Верховної Ради з прав людини.", Language.UK))
                .containsExactly("ВМС ЗСУ=org:navy-ua",
                        "Уповноважений Верховної Ради з прав людини=org:ombudsman-ua");
        assertThat(found("UK Defence Intelligence and the Ukrainian Navy disagreed.", Language.EN))
                .containsExactly("UK Defence Intelligence=org:uk-defence-intelligence",
                        "Ukrainian Navy=org:navy-ua");
    }
    @Test
    void findsEnglishOutletsInAppositionToldAndInAWireDateline() {
        assertThat(found("The Kama Courier, an independent outlet from Perm, spoke to six wives. "
                + "The ministry did not answer The Kama Courier's questions.", Language.EN))
                .containsExactly("Kama Courier=org:kama-courier", "Kama Courier=org:kama-courier");
        assertThat(found("A spokesman told the Steppe Herald that the unit had left.", Language.EN))
                .containsExactly("Steppe Herald=org:steppe-herald");
        assertThat(found("KHARKIV, May 2 (Northwire) - Russian troops attacked overnight, officials told Northwire.",
                Language.EN)).containsExactly("Northwire=org:northwire", "Northwire=org:northwire");
        assertThat(found("Kramatorsk, a key logistics hub, was shelled. Ivan Petrov, a member of the group, left.",
                Language.EN)).isEmpty();
        assertThat(found("Okno, an independent Russian newsroom in exile, counted the videos. Okno said it checked them.",
                Language.EN)).containsExactly("Okno=org:okno", "Okno=org:okno");
        assertThat(found("Footage published by Rubizh (\"The Frontier\"), a news site in Zaporizhzhia, shows a column. "
                + "The shooting was first reported by Step, an independent Kalmyk news site.", Language.EN))
                .containsExactly("Rubizh=org:rubizh", "Step=org:step");
    }

    @Test
    void readsRussianIndependentAndStateOutletsInflected() {
        assertThat(found("По данным «Агентства», SOTA и Русской службы Би-би-си, «Фонтанке» рассказали то же, что "
                + "Кавказскому узлу и Ведомостям; Левада-Центр и ВЦИОМ молчат.", Language.RU))
                .containsExactly("Агентства=org:agentstvo", "SOTA=org:sota", "Русской службы Би-би-си=org:bbc",
                        "Фонтанке=org:fontanka", "Кавказскому узлу=org:kavkazsky-uzel", "Ведомостям=org:vedomosti",
                        "Левада-Центр=org:levada-center", "ВЦИОМ=org:vtsiom");
        assertThat(found("Military bloggers Two Majors and WarGonzo, as well as Meduza and The Moscow Times, reported it.",
                Language.EN)).containsExactly("Two Majors=org:two-majors", "WarGonzo=org:wargonzo", "Meduza=org:meduza",
                "The Moscow Times=org:moscow-times");
        assertThat(found("Як пише «Медіазона», Військовий осведомитель мовчить, а «Сирена» і Рибар публікують відео.",
                Language.UK)).contains("Медіазона=org:mediazona", "Сирена=org:sirena", "Рибар=org:rybar");
    }

    @Test
    void readsUkrainianOutletsAndStateBodiesInEachScript() {
        assertThat(found("За даними Державного бюро розслідувань, Офісу генерального прокурора та Військового омбудсмена, "
                + "про це писали Суспільне, Мілітарний і «Схеми».", Language.UK))
                .containsExactly("Державного бюро розслідувань=org:state-bureau-of-investigation-ua",
                        "Офісу генерального прокурора=org:prosecutor-general-office-ua",
                        "Військового омбудсмена=org:military-ombudsman", "Суспільне=org:suspilne",
                        "Мілітарний=org:militarnyi", "Схеми=org:skhemy");
        assertThat(found("В ГБР Украины и Нацполиции Украины сообщили об этом Укринформу.", Language.RU))
                .containsExactly("ГБР Украины=org:state-bureau-of-investigation-ua", "Нацполиции=org:national-police-ua",
                        "Укринформу=org:ukrinform");
        assertThat(found("Ukraine's Ground Forces, the State Bureau of Investigation and the Military Ombudsman told "
                + "Militarnyi and the Kyiv Post.", Language.EN))
                .containsExactly("Ukraine's Ground Forces=org:ground-forces-ua",
                        "State Bureau of Investigation=org:state-bureau-of-investigation-ua",
                        "Military Ombudsman=org:military-ombudsman", "Militarnyi=org:militarnyi", "Kyiv Post=org:kyiv-post");
    }

    @Test
    void readsRussianProsecutorsOfTheMilitaryDistricts() {
        assertThat(found("Дело передали в военную прокуратуру Восточного военного округа и Главную военную прокуратуру.",
                Language.RU)).containsExactly(
                "военную прокуратуру Восточного военного округа=org:military-prosecutor-eastern-military-district",
                "Главную военную прокуратуру=org:chief-military-prosecutor-ru");
        assertThat(found("Справу розслідує прокуратура Південного військового округу.", Language.UK)).containsExactly(
                "прокуратура Південного військового округу=org:military-prosecutor-southern-military-district");
        assertThat(found("He complained to the military prosecutor's office of the Western Military District.",
                Language.EN)).containsExactly("military prosecutor's office of the Western Military District"
                + "=org:military-prosecutor-western-military-district");
    }

    @Test
    void outletNamedByACommonWordIsFoundOnlyInQuotesOrAfterAHeadNoun() {
        assertThat(found("Как пишет издание «Агентство», телеканал «Звезда» и «Дождь» показали «Проект».", Language.RU))
                .containsExactly("Агентство=org:agentstvo", "Звезда=org:zvezda-tv", "Дождь=org:tv-rain",
                        "Проект=org:proekt");
        assertThat(found("Видання «Проєкт» і телеканал «Дощ» повідомили.", Language.UK))
                .containsExactly("Проєкт=org:proekt", "Дощ=org:tv-rain");
    }

    @Test
    void commonWordsThatNameOutletsAreNoMentionInOrdinarySentences() {
        assertThat(found("Проект закона внесли в Думу. Жильцы в доме включили сирену, а Агентство недвижимости "
                + "выдало бумагу. Звезда Героя досталась ему. Дождь шёл весь день. Вот так. На Фонтанке открыли кафе. "
                + "Два майора погибли в серой зоне.", Language.RU)).isEmpty();
        assertThat(found("Схеми розкрадання виявили. Лівий берег Дніпра обстріляли. Суспільне життя завмерло. "
                + "Заблокували 24 канали.", Language.UK)).isEmpty();
        assertThat(found("The project was shot down in a grey zone; a siren sounded at home.", Language.EN)).isEmpty();
    }
}
