package org.frontwatch.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.event.ExtractedEvents.events;
import static org.frontwatch.extract.event.ExtractedEvents.types;
import static org.frontwatch.extract.FixtureTexts.PUBLISHED;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.frontwatch.model.DatePrecision;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.EventType;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/**
 * Behaviour of {@link EventFinder}, one test per rule in the languages it covers. Over 900 lines because every cue
 * class and sentence rule has its own named test; split it by event type (appeals, losses, prosecutions, origins)
 * when it grows further.
 */
class EventFinderTest {
    @Test
    void readsFriendlyFireAsCasualties() {
        assertThat(types("Под Часовым Яром роту накрыла собственная артиллерия.", Language.RU))
                .contains(EventType.CASUALTIES);
        assertThat(types("Біля Бахмута групу бійців обстріляла власна артилерія.", Language.UK))
                .contains(EventType.CASUALTIES);
        assertThat(types("Two men from the Perm region died in friendly fire near Kreminna.", Language.EN))
                .contains(EventType.CASUALTIES);
    }

    @Test
    void readsOfficialReassurancesAsCounterStatements() {
        assertThat(types("В военкомате заявили, что никого не держат в подвалах.", Language.RU))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(types("В правительстве края назвали такие случаи в полку единичными.", Language.RU))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(types("В уряді області сказали, що нічого не відомо про ями для мобілізованих.", Language.UK))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(types("The governor's office said that nobody is being held and the men receive equal pay.",
                Language.EN)).contains(EventType.COUNTER_STATEMENT);
    }

    @Test
    void readsAnOfficialsNoLossesAsADenialNotAsLosses() {
        assertThat(types("Как заявили в пресс-службе округа, потерь нет.", Language.RU))
                .containsExactly(EventType.COUNTER_STATEMENT);
        assertThat(types("У бригаді заявили, що втрат немає.", Language.UK))
                .containsExactly(EventType.COUNTER_STATEMENT);
        assertThat(types("The ministry said its forces suffered no losses.", Language.EN))
                .containsExactly(EventType.COUNTER_STATEMENT);
        assertThat(types("Полк понёс потери под Работино.", Language.RU)).containsExactly(EventType.CASUALTIES);
    }

    @Test
    void readsTheBadlyWoundedTheMenWhoDidNotComeBackAndTheMissingAsLosses() {
        assertThat(types("Двое военных в реанимации после драки на полигоне.", Language.RU))
                .contains(EventType.CASUALTIES);
        assertThat(types("Then they sent the soldiers forward anyway, and three did not come back.", Language.EN))
                .contains(EventType.CASUALTIES);
        assertThat(types("Ещё 57 бойцов родственники разыскивают как пропавших без вести.", Language.RU))
                .contains(EventType.CASUALTIES);
        assertThat(types("В январе военный не вернулся из отпуска, а в апреле его задержали.", Language.RU))
                .doesNotContain(EventType.CASUALTIES);
    }

    @Test
    void readsCombatClashesInfiltrationAndCapturesAsAssaults() {
        assertThat(types("Генштаб ВСУ в вечерней сводке сообщил о 178 боестолкновениях за день.", Language.RU))
                .contains(EventType.ASSAULT);
        assertThat(types("Ukraine war live: Russia claims capture of Novomykolaivka", Language.EN))
                .contains(EventType.ASSAULT);
    }

    @Test
    void readsContractsOfferedAndReservistsCalledUpAsMobilisation() {
        assertThat(types("Слідчий сказав: або десять років, або контракт і фронт.", Language.UK))
                .contains(EventType.MOBILIZATION);
        assertThat(types("The governor signed a decree calling up around 300 reservists for the army.", Language.EN))
                .contains(EventType.MOBILIZATION);
    }

    @Test
    void readsWaitingForEvacuationAndOneItemForTwoAsShortage() {
        assertThat(types("Сам Виктор был ранен в бедро и двое суток ждал эвакуации в блиндаже.", Language.RU))
                .contains(EventType.SHORTAGE);
        assertThat(types("Бронежилети бійцям на фронті видали старі, каски — одна на двох.", Language.UK))
                .contains(EventType.SHORTAGE);
    }

    @Test
    void readsRefusalsToldAsNotGoingAndDenialsOfContext() {
        assertThat(types("У нашій роті з осені не пішли на штурм, мабуть, чоловік двадцять.", Language.UK))
                .contains(EventType.REFUSAL);
        assertThat(types("In December eleven soldiers said they would not go back to a position.", Language.EN))
                .contains(EventType.REFUSAL);
        assertThat(types("В обласному ТЦК заявили, що відео з мобілізованим «вирване з контексту».", Language.UK))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(types("Military investigators have since opened a desertion case against the soldier.",
                Language.EN)).contains(EventType.PROSECUTION);
    }

    @Test
    void aRallyIsAnAppealOnlyOfSoldiersRelatives() {
        assertThat(types("Жёны мобилизованных вышли на митинг у здания правительства.", Language.RU))
                .contains(EventType.APPEAL);
        assertThat(types("Жители Суджи, бежавшие из-за военных действий, устроили митинг в Курске.", Language.RU))
                .doesNotContain(EventType.APPEAL);
    }

    @Test
    void aUkrainianRegionAfterPeopleAndFromIsTheirHome() {
        assertThat(ExtractedEvents.events("Матері бійців з Чернігівщини записали звернення до командування.",
                Language.UK)).singleElement().satisfies(e -> assertThat(e.origin()).containsExactly("UA-74"));
        assertThat(ExtractedEvents.events("Бригаду перекинули з Донеччини, і бійці записали звернення.",
                Language.UK)).allSatisfy(e -> assertThat(e.origin()).isEmpty());
    }

    @Test
    void readsMissingMedicinesWaterAndDronesAsShortage() {
        assertThat(types("«Лекарств нет, воду носим из реки», — говорит боец из Омска.", Language.RU))
                .contains(EventType.SHORTAGE);
        assertThat(types("У роті немає тепловізорів, ліків нема.", Language.UK)).contains(EventType.SHORTAGE);
        assertThat(types("Relatives say the men lack drinking water near Svatove.", Language.EN))
                .contains(EventType.SHORTAGE);
    }

    @Test
    void readsSoldiersFiringOnEachOtherAsMutiny() {
        assertThat(types("Two Russian companies opened fire on each other near Kreminna.", Language.EN))
                .contains(EventType.MUTINY);
        assertThat(types("Военные двух батальонов стреляли друг в друга под Сватово.", Language.RU))
                .contains(EventType.MUTINY);
    }

    @Test
    void readsPresentTenseBeatingsAndExecutionsAsAbuse() {
        assertThat(types("Отказников, по словам бойцов, бьют и расстреливают.", Language.RU)).contains(EventType.ABUSE);
        assertThat(types("Полонені кажуть, що відмовників розстрілюють на місці.", Language.UK))
                .contains(EventType.ABUSE);
    }

    @Test
    void soldiersMissingInActionAreBothDesertionAndLosses() {
        // DESIGN.md lists "missing" under losses and "lost/missing from unit" under desertion
        assertThat(types("Ещё 12 бойцов из Омской области числятся пропавшими без вести.", Language.RU))
                .contains(EventType.DESERTION, EventType.CASUALTIES);
        assertThat(types("Родини шукають військових, які зникли безвісти під Бахмутом.", Language.UK))
                .contains(EventType.DESERTION, EventType.CASUALTIES);
        assertThat(types("The unit lists two soldiers from Perm as missing in action.", Language.EN))
                .contains(EventType.DESERTION, EventType.CASUALTIES);
    }

    @Test
    void aProtestWivesAreReadyToHoldIsNoEventYet() {
        assertThat(types("Жёны мобилизованных говорят, что готовы выйти на пикет, если мужей не вернут.",
                Language.RU)).doesNotContain(EventType.APPEAL);
        assertThat(types("Дружини військових погрожують вийти на пікет біля адміністрації.", Language.UK))
                .doesNotContain(EventType.APPEAL);
    }

    @Test
    void assaultUnitsGroupsAndRiflesNameNoAssault() {
        assertThat(types("Convicts from the Perm region are assigned to assault units after ten days of training.",
                Language.EN)).doesNotContain(EventType.ASSAULT);
        assertThat(types("The soldiers carried assault rifles at the checkpoint near Lyman.", Language.EN))
                .doesNotContain(EventType.ASSAULT);
        assertThat(types("Russian soldiers launched an assault on Chasiv Yar at dawn.", Language.EN))
                .contains(EventType.ASSAULT);
    }

    @Test
    void anAssaultTheSoldiersRefusedToTakePartInIsNoAssault() {
        assertThat(types("Soldiers from Buryatia are refusing to take part in an assault near Kreminna.", Language.EN))
                .contains(EventType.REFUSAL).doesNotContain(EventType.ASSAULT);
    }

    @Test
    void findsAppealWithOriginFromMobilisedFrom() {
        List<EventReport> found = events("Men mobilised from the Irkutsk region recorded a video appeal to Putin.",
                Language.EN);
        assertThat(found).extracting(EventReport::type).contains(EventType.APPEAL);
        assertThat(found.get(0).origin()).containsExactly("RU-IRK");
    }

    @Test
    void findsRussianAppealAndRefusalOnInflectedForms() {
        List<EventReport> found = events("Мобилизованные из Иркутской области записали видеообращение. "
                + "Они отказались идти в штурм под Авдеевкой.", Language.RU);
        assertThat(found).extracting(EventReport::type).containsExactly(EventType.APPEAL, EventType.REFUSAL);
        EventReport refusal = found.stream().filter(e -> e.type() == EventType.REFUSAL).findFirst().orElseThrow();
        assertThat(refusal.origin()).containsExactly("RU-IRK");
        assertThat(refusal.location()).containsExactly("UA-14");
    }

    @Test
    void findsUkrainianDetentionDesertionAndShortage() {
        assertThat(types("Відмовників тримають у підвалі.", Language.UK)).contains(EventType.DETENTION);
        assertThat(types("Троє мобілізованих самовільно залишили частину.", Language.UK))
                .contains(EventType.DESERTION);
        assertThat(types("Бійці третій тиждень без їжі та без води.", Language.UK)).contains(EventType.SHORTAGE);
    }

    @Test
    void findsProsecutionMobilisationAbuseAndCounterStatement() {
        assertThat(types("The court sentenced a mobilised soldier to five years.", Language.EN))
                .contains(EventType.PROSECUTION);
        assertThat(types("В Улан-Удэ снова разносят повестки из военкомата.", Language.RU)).contains(EventType.MOBILIZATION);
        assertThat(types("Командир угрожал их обнулить.", Language.RU)).contains(EventType.ABUSE);
        assertThat(types("Минобороны опровергло сообщения о бунте.", Language.RU))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(types("The troops were fighting among themselves after a mutiny.", Language.EN))
                .contains(EventType.MUTINY);
        assertThat(types("Russian losses were staggering: hundreds killed.", Language.EN))
                .contains(EventType.CASUALTIES);
    }

    @Test
    void skipsNegatedCuesHashtagsAndUnitNames() {
        assertThat(types("Мы не отказываемся от задач.", Language.RU)).doesNotContain(EventType.REFUSAL);
        assertThat(types("#обращение #мобилизация", Language.RU)).isEmpty();
        assertThat(types("Бойцы 3-й отдельной штурмовой бригады прибыли.", Language.RU))
                .doesNotContain(EventType.ASSAULT);
    }

    @Test
    void extendsASinceDateToPublication() {
        EventReport appeal = events("Soldiers have recorded video messages since early February.", Language.EN)
                .get(0);
        assertThat(appeal.when().orElseThrow().from()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(appeal.when().orElseThrow().to()).isEqualTo(PUBLISHED);
    }

    @Test
    void datesAnUndatedReportAsOpenWeekBeforePublication() {
        EventReport appeal = events("Soldiers recorded a video appeal.", Language.EN).get(0);
        assertThat(appeal.when().orElseThrow().precision()).isEqualTo(DatePrecision.OPEN);
        assertThat(appeal.when().orElseThrow().to()).isEqualTo(PUBLISHED);
    }

    @Test
    void bindsUnitsOfTheSentence() {
        EventReport appeal = events("Бойцы 1439-го полка записали обращение.", Language.RU).get(0);
        assertThat(appeal.units()).containsExactly("unit:regiment:1439");
    }

    private static Optional<EventReport> appeal(String text, Language language) {
        return events(text, language).stream().filter(e -> e.type() == EventType.APPEAL).findFirst();
    }

    @Test
    void dropsAppealThatIsTheObjectOfADenial() {
        assertThat(types("Министерство обороны показало ролик, где бойцы из Омской области называют «фейком» "
                + "обращение своих сослуживцев.", Language.RU))
                .contains(EventType.COUNTER_STATEMENT).doesNotContain(EventType.APPEAL);
        assertThat(types("The defence ministry released a clip in which men of the same unit reject the appeal "
                + "and call it fake.", Language.EN)).doesNotContain(EventType.APPEAL);
    }

    @Test
    void keepsRegionWhereSoldiersWereSentOutOfOrigin() {
        EventReport found = appeal("Мобілізовані з Томської області записали звернення: їх привезли в окуповану "
                + "частину Луганської області.", Language.UK).orElseThrow();
        assertThat(found.origin()).containsExactly("RU-TOM");
        assertThat(found.location()).contains("UA-09");
        EventReport near = appeal("Мобилизованные жалуются на командиров под Валуйками.", Language.RU)
                .orElseThrow();
        assertThat(near.origin()).doesNotContain("RU-BEL");
    }

    @Test
    void takesOriginOfADigestLineFromThatLineAndItsDemonym() {
        List<EventReport> found = events("Огляд тижня:\n\n1️⃣ Бунт мобілізованих з Башкортостану під Валуйками.\n"
                + "2️⃣ Звернення іркутян з-під Бахмута: немає снарядів.\n", Language.UK);
        EventReport appeal = found.stream().filter(e -> e.type() == EventType.APPEAL).findFirst().orElseThrow();
        assertThat(appeal.origin()).containsExactly("RU-IRK");
        assertThat(appeal("Красноярцы с фронта записали обращение к губернатору.", Language.RU).orElseThrow().origin())
                .containsExactly("RU-KYA");
    }

    @Test
    void findsLetterToGovernorAsAppealWithRelativesHomeAsOrigin() {
        EventReport found = appeal("Soldiers' mothers in Vladivostok have heard nothing for a month. On Monday "
                + "some of them wrote to the governor asking where their sons are.", Language.EN).orElseThrow();
        assertThat(found.origin()).containsExactly("RU-PRI");
        assertThat(appeal("Жёны мобилизованных написали губернатору с просьбой вернуть мужей.", Language.RU))
                .isPresent();
    }

    @Test
    void readsFrequencyStatementAsHabitNotEvent() {
        assertThat(types("Відтепер щодня надходять нові звернення.", Language.UK)).doesNotContain(EventType.APPEAL);
        assertThat(types("We now receive a new appeal every week.", Language.EN)).doesNotContain(EventType.APPEAL);
        assertThat(types("Такие обращения приходят к нам каждую неделю.", Language.RU))
                .doesNotContain(EventType.APPEAL);
    }

    @Test
    void readsComplaintToRelativesAsPrivateNotAppeal() {
        assertThat(types("Мобилизованные из Курской области жалуются родным на холод.", Language.RU))
                .doesNotContain(EventType.APPEAL);
        assertThat(types("Мобілізовані скаржаться рідним, що їм не видали форму.", Language.UK))
                .doesNotContain(EventType.APPEAL);
        assertThat(types("Родственники мобилизованных переслали редакции свою переписку.", Language.RU))
                .doesNotContain(EventType.APPEAL);
    }

    @Test
    void readsCountedAppealsAsSummaryNotEvent() {
        assertThat(types("Три звернення за місяць — з Бурятії і з Тиви.", Language.UK))
                .doesNotContain(EventType.APPEAL);
        assertThat(types("Two appeals in a fortnight, from Tuva and Buryatia.", Language.EN))
                .doesNotContain(EventType.APPEAL);
    }

    @Test
    void keepsEachSentenceOfOneTypeAsItsOwnReport() {
        List<EventReport> found = events("Ukraine's General Staff said Russian forces lost 130 men near Vuhledar. "
                + "Russia's Ministry of Defence said it had killed up to 150 Ukrainian servicemen.", Language.EN);
        assertThat(found).filteredOn(e -> e.type() == EventType.CASUALTIES).hasSize(2)
                .extracting(e -> e.text().startsWith("Russia")).containsExactly(false, true);
    }

    @Test
    void readsThreatsWarningsAndNobodyAsNoEvent() {
        assertThat(types("Командир пригрозил им подвалом и уголовным делом.", Language.RU))
                .contains(EventType.ABUSE).doesNotContain(EventType.DETENTION, EventType.PROSECUTION);
        assertThat(types("The prosecutor warned that refusal to return would be prosecuted.", Language.EN))
                .doesNotContain(EventType.REFUSAL, EventType.PROSECUTION);
        assertThat(types("«Никто нас в штурмы не бросает», — говорят бойцы.", Language.RU))
                .doesNotContain(EventType.ASSAULT);
        assertThat(types("Командир погрожував відправити їх у підвал.", Language.UK))
                .doesNotContain(EventType.DETENTION);
    }

    @Test
    void findsAssaultsDesertionAndLossesToldWithVerbs() {
        assertThat(types("The men were ordered to attack Ukrainian positions three times in one week.", Language.EN))
                .contains(EventType.ASSAULT);
        assertThat(types("По их словам, роту снова отправили в атаку без поддержки.", Language.RU))
                .contains(EventType.ASSAULT);
        assertThat(types("Мобілізовані залишили позиції під Сватовим і вийшли до своїх.", Language.UK))
                .contains(EventType.DESERTION);
        assertThat(types("The men had left their positions without permission on Sunday.", Language.EN))
                .contains(EventType.DESERTION);
        assertThat(types("Генштаб сообщил, что российская сторона потеряла более 130 человек.", Language.RU))
                .contains(EventType.CASUALTIES);
        assertThat(types("Recruiters toured penal colonies, offering inmates a pardon.", Language.EN))
                .contains(EventType.MOBILIZATION);
        assertThat(types("Військовослужбовці скаржаться на обмороження і відсутність зв'язку.", Language.UK))
                .contains(EventType.SHORTAGE);
    }

    @Test
    void readsAnUndatedMentionOfAnAppealAlreadyToldAsAReferenceBack() {
        List<EventReport> found = events("Twelve mobilised men from the Irkutsk region recorded a video appeal on "
                + "Sunday. The Irkutsk appeal is the latest in a string of videos from Siberia.", Language.EN);
        assertThat(found).filteredOn(e -> e.type() == EventType.APPEAL).singleElement()
                .satisfies(e -> assertThat(e.text()).startsWith("Twelve"));
        List<EventReport> dated = events("Мобилизованные из Иркутской области записали обращение. "
                + "В феврале похожее обращение записали мобилизованные из Бурятии.", Language.RU);
        assertThat(dated).filteredOn(e -> e.type() == EventType.APPEAL).hasSize(2);
    }

    @Test
    void leavesGeneralNewsWordsThatOnlyLookLikeCuesAlone() {
        assertThat(types("В Киеве объявили воздушную тревогу из-за угрозы ракетных ударов.", Language.RU))
                .doesNotContain(EventType.ABUSE);
        assertThat(types("Израильские военные отказались от комментариев.", Language.RU))
                .doesNotContain(EventType.REFUSAL);
        assertThat(types("Трамп призвал Путина не идти на эскалацию.", Language.RU))
                .doesNotContain(EventType.MOBILIZATION);
        assertThat(types("Уже девять человек обратились к врачам за помощью.", Language.RU))
                .doesNotContain(EventType.APPEAL);
        assertThat(types("Премьер заявил в телевизионном обращении, что операция продолжится.", Language.RU))
                .doesNotContain(EventType.APPEAL);
        assertThat(types("Штурмовик 15-й бригады рассказал о службе.", Language.RU))
                .doesNotContain(EventType.ASSAULT);
        assertThat(types("The refugees were threatened by the storm.", Language.EN)).doesNotContain(EventType.ABUSE);
    }

    @Test
    void findsTheWordGroupOfACueInTheSentenceBefore() {
        assertThat(types("Мобилизованных из Бурятии перебросили под Кременную. Они отказались идти в бой.",
                Language.RU)).contains(EventType.REFUSAL);
        assertThat(types("Они отказались от предложенной должности.", Language.RU))
                .doesNotContain(EventType.REFUSAL);
        assertThat(types("Командир роти зібрав бійців. Він погрожував відправити їх на нуль.", Language.UK))
                .contains(EventType.ABUSE);
    }

    @Test
    void findsAppealsAskingOfficialsAndDenialsCallingItAProvocation() {
        assertThat(types("The soldiers ask President Vladimir Putin and the governor to intervene.", Language.EN))
                .contains(EventType.APPEAL);
        assertThat(types("The regional government called the soldiers' video a provocation.", Language.EN))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(types("The commanders have abandoned them near Kupiansk.", Language.EN))
                .doesNotContain(EventType.DESERTION);
        assertThat(types("The soldiers abandoned their positions near Kupiansk.", Language.EN))
                .contains(EventType.DESERTION);
    }

    @Test
    void givesAnArmyWideFigureOnAnOrganisationsWordNoOriginFromTheRestOfTheText() {
        List<EventReport> found = events("Mobilised men from the Chelyabinsk region recorded a video appeal. "
                + "According to Ukraine's General Staff, Russia has lost more than 1,100 troops in the past day.",
                Language.EN);
        assertThat(found).filteredOn(e -> e.type() == EventType.CASUALTIES).singleElement()
                .satisfies(e -> assertThat(e.origin()).isEmpty());
        assertThat(found).filteredOn(e -> e.type() == EventType.APPEAL).singleElement()
                .satisfies(e -> assertThat(e.origin()).containsExactly("RU-CHE"));
    }

    @Test
    void takesTheTextsOriginFromItsLeadNotFromAnotherStoryFurtherDown() {
        List<EventReport> found = events("Жёны мобилизованных из Пермского края записали видеообращение.\n\n"
                + "Раненых не эвакуируют, говорят они.\n\n"
                + "Ранее о похожем рассказывали мобилизованные из Свердловской области.", Language.RU);
        assertThat(found).filteredOn(e -> e.type() == EventType.SHORTAGE).singleElement()
                .satisfies(e -> assertThat(e.origin()).containsExactly("RU-PER"));
    }

    @Test
    void takesEveryRegionOfTheLeadsListAsTheTextsOriginHoweverMany() {
        List<EventReport> found = events("Командири тримають відмовників у підвалах.\n\n"
                + "Більшість утримуваних — мобілізовані з Ростовської, Воронезької та Бєлгородської областей.",
                Language.UK);
        assertThat(found).filteredOn(e -> e.type() == EventType.DETENTION).singleElement()
                .satisfies(e -> assertThat(e.origin()).containsExactlyInAnyOrder("RU-ROS", "RU-VOR", "RU-BEL"));
    }

    @Test
    void givesNoTextOriginWhenSeveralSentencesNameMoreThanTwoRegions() {
        List<EventReport> found = events("Soldiers are being held in basements.\n\n"
                + "Mobilised men from the Rostov region recorded a video.\n\n"
                + "Men from the Voronezh region and the Belgorod region wrote to the governor.", Language.EN);
        assertThat(found).filteredOn(e -> e.type() == EventType.DETENTION).singleElement()
                .satisfies(e -> assertThat(e.origin()).isEmpty());
    }

    @Test
    void readsAMinistryNameAsTheOfficialWhoCallsAnAppealFake() {
        assertThat(types("В Минобороны России обращение назвали фейком.", Language.RU))
                .containsExactly(EventType.COUNTER_STATEMENT);
    }

    @Test
    void readsAFullRegionNameBeforeSoldiersAsWhereNotWhence() {
        List<EventReport> found = events("В Белгородской области военная полиция задержала 23 мобилизованных из Тувы, "
                + "которые самовольно покинули часть.", Language.RU);
        assertThat(found).isNotEmpty().allSatisfy(e -> assertThat(e.origin()).containsExactly("RU-TY"));
    }

    @Test
    void readsARefusedAssaultAsARefusalOnly() {
        assertThat(types("At least 40 mobilised men refused to go on an assault on May 5.", Language.EN))
                .containsExactly(EventType.REFUSAL);
        assertThat(types("Мобілізовані відмовилися йти в атаку під Бахмутом.", Language.UK))
                .containsExactly(EventType.REFUSAL);
    }

    @Test
    void readsCasesOfDesertionInCourtAsProsecutionAndDesertion() {
        assertThat(types("С начала года в гарнизонный суд поступило более 120 дел о самовольном оставлении части.",
                Language.RU)).containsExactlyInAnyOrder(EventType.PROSECUTION, EventType.DESERTION);
        assertThat(types("Military courts handled 7,000 cases of desertion this year.", Language.EN))
                .containsExactlyInAnyOrder(EventType.PROSECUTION, EventType.DESERTION);
        assertThat(types("З початку року до військових судів надійшло понад 300 справ про самовільне залишення частини.",
                Language.UK)).containsExactlyInAnyOrder(EventType.PROSECUTION, EventType.DESERTION);
    }

    @Test
    void keepsDailyFightingButNotWeeklyAppeals() {
        assertThat(types("На этом участке ежедневно проходит от 40 до 60 штурмов.", Language.RU))
                .contains(EventType.ASSAULT);
        assertThat(types("Жёны мобилизованных каждую неделю записывают обращения.", Language.RU))
                .doesNotContain(EventType.APPEAL);
    }

    @Test
    void readsTheChargeOfASentenceAsTheActItAsserts() {
        assertThat(types("A court in Yakutsk sentenced two mobilised men to six years for refusing to obey orders.",
                Language.EN)).containsExactlyInAnyOrder(EventType.PROSECUTION, EventType.REFUSAL);
        assertThat(types("В Новосибирске за неделю вынесли 9 приговоров за самовольное оставление части.",
                Language.RU)).containsExactlyInAnyOrder(EventType.PROSECUTION, EventType.DESERTION);
        assertThat(types("Військовий суд засудив мобілізованого до трьох років за відмову воювати.", Language.UK))
                .containsExactlyInAnyOrder(EventType.PROSECUTION, EventType.REFUSAL);
        assertThat(types("Гарнизонный суд приговорил контрактника к двум годам за неисполнение приказа.",
                Language.RU)).containsExactlyInAnyOrder(EventType.PROSECUTION, EventType.REFUSAL);
    }

    // The tests below come from a review of real Telegram news posts (late 2024); the sentences are written for them.

    @Test
    void readsAFarewellToSoldiersAsALossButNotAFarewellToAnyoneElse() {
        assertThat(types("В Бийске простились с двумя участниками СВО.", Language.RU))
                .contains(EventType.CASUALTIES);
        assertThat(types("У Полтаві попрощалися із захисником 47-ї бригади.", Language.UK))
                .contains(EventType.CASUALTIES);
        assertThat(types("Two servicemen from Orsk were laid to rest on Friday.", Language.EN))
                .contains(EventType.CASUALTIES);
        assertThat(types("В Москве простились с народным артистом.", Language.RU))
                .doesNotContain(EventType.CASUALTIES);
    }

    @Test
    void readsDeathsOfCiviliansInAStrikeAsNoSoldiersLoss() {
        assertThat(types("В Херсоне в результате удара дрона погибли два человека, ещё пятеро ранены.",
                Language.RU)).doesNotContain(EventType.CASUALTIES);
        assertThat(types("Два мирных жителя погибли после удара ВСУ ракетами по автобусу.", Language.RU))
                .doesNotContain(EventType.CASUALTIES);
        assertThat(types("У Миколаєві внаслідок атаки дронів загинула жінка.", Language.UK))
                .doesNotContain(EventType.CASUALTIES);
        assertThat(types("Two residents were killed when a drone hit a block of flats in Sumy.", Language.EN))
                .doesNotContain(EventType.CASUALTIES);
        assertThat(types("В результате падения обломков ракеты двое военнослужащих получили ранения.",
                Language.RU)).contains(EventType.CASUALTIES);
        assertThat(types("За сутки ВСУ потеряли до 400 военнослужащих.", Language.RU))
                .contains(EventType.CASUALTIES);
    }

    @Test
    void readsADeathWithoutSoldiersInItsContextAsNoSoldiersLoss() {
        assertThat(types("На футбольном матче в давке погибли 50 человек.", Language.RU))
                .doesNotContain(EventType.CASUALTIES);
        assertThat(types("Боец погиб на Донецком направлении при штурме.", Language.RU))
                .contains(EventType.CASUALTIES);
        assertThat(types("Мобилизованные из Омска снова попали под огонь.\nНочью погибли ещё трое.", Language.RU))
                .contains(EventType.CASUALTIES);
    }

    @Test
    void readsAnAttackByDronesOrMissilesAsAStrikeNotAnAssault() {
        assertThat(types("Ночью российские военные атаковали Одессу баллистической ракетой.", Language.RU))
                .doesNotContain(EventType.ASSAULT);
        assertThat(types("Беспилотники атаковали Киев с разных направлений.", Language.RU))
                .doesNotContain(EventType.ASSAULT);
        assertThat(types("Russia launched one of the largest air attacks of the war.", Language.EN))
                .doesNotContain(EventType.ASSAULT);
        assertThat(types("Окупанти шість разів атакували біля Авдіївки, а дрони вдарили по Херсону.",
                Language.UK)).contains(EventType.ASSAULT);
        assertThat(types("Российские подразделения штурмуют позиции при поддержке дронов.", Language.RU))
                .contains(EventType.ASSAULT);
    }

    @Test
    void readsACourtCaseThatConcernsNoSoldierAsNoProsecution() {
        assertThat(types("Суд приговорил бизнесмена к пяти годам колонии за мошенничество.", Language.RU))
                .doesNotContain(EventType.PROSECUTION);
        assertThat(types("Журналистку приговорили к шести годам колонии по делу о «фейках» об армии.",
                Language.RU)).doesNotContain(EventType.PROSECUTION);
        assertThat(types("The court sentenced a former banker to eight years for fraud.", Language.EN))
                .doesNotContain(EventType.PROSECUTION);
        assertThat(types("Гарнизонный военный суд приговорил контрактника к трём годам колонии.", Language.RU))
                .contains(EventType.PROSECUTION);
    }

    @Test
    void readsCondemningAsNoConviction() {
        assertThat(types("Министры решительно осудили удар по мирным жителям, погибли военные.", Language.RU))
                .doesNotContain(EventType.PROSECUTION);
        assertThat(types("Дезертира заочно осудили на восемь лет.", Language.RU))
                .contains(EventType.PROSECUTION);
    }

    @Test
    void readsARetaliationAsNoDenial() {
        assertThat(types("Минобороны заявило, что в ответ на удары нанесло удар по объектам ВПК.", Language.RU))
                .doesNotContain(EventType.COUNTER_STATEMENT);
        assertThat(types("В ответ на обращение мобилизованных Минобороны назвало видео постановкой.",
                Language.RU)).contains(EventType.COUNTER_STATEMENT);
    }

    @Test
    void readsAnOfficialsBareResponseAsADenialButNotOneToStrikesOrSanctions() {
        assertThat(types("In response, the defence ministry released a video of a soldier who said all was well.",
                Language.EN)).contains(EventType.COUNTER_STATEMENT);
        assertThat(types("В ответ Минобороны опубликовало ролик, где боец говорит, что его всем обеспечили.",
                Language.RU)).contains(EventType.COUNTER_STATEMENT);
        assertThat(types("У відповідь у міністерстві оборони назвали відео фейком.", Language.UK))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(types("In response to the attack, the ministry said it struck fuel depots.", Language.EN))
                .doesNotContain(EventType.COUNTER_STATEMENT);
        assertThat(types("У відповідь на санкції уряд заборонив експорт.", Language.UK))
                .doesNotContain(EventType.COUNTER_STATEMENT);
    }

    @Test
    void readsDecliningToCommentOrToLeaveHomeAsNoRefusalToFight() {
        assertThat(types("Командир бригады отказался комментировать потери.", Language.RU))
                .doesNotContain(EventType.REFUSAL);
        assertThat(types("Військові відмовилися уточнити кількість загиблих.", Language.UK))
                .doesNotContain(EventType.REFUSAL);
        assertThat(types("Мобилизованные отказались идти в штурм.", Language.RU)).contains(EventType.REFUSAL);
    }

    @Test
    void readsALeadersAddressAsNoAppeal() {
        assertThat(types("Военные не вернутся, сказал губернатор в своём видеообращении.", Language.RU))
                .doesNotContain(EventType.APPEAL);
        assertThat(types("Солдаты обсуждали обращение президента к нации.", Language.RU))
                .doesNotContain(EventType.APPEAL);
        assertThat(types("Мобилизованные просят губернатора вернуть их домой.", Language.RU))
                .contains(EventType.APPEAL);
    }

    @Test
    void readsASpysRecruitmentOrAnArsonAsNoMobilisation() {
        assertThat(types("По данным ФСБ, украинская разведка завербовала военного лётчика.", Language.RU))
                .doesNotContain(EventType.MOBILIZATION);
        assertThat(types("Мужчина пытался поджечь военкомат в Москве.", Language.RU))
                .doesNotContain(EventType.MOBILIZATION);
        assertThat(types("Страны призывают военных к сдержанности.", Language.RU))
                .doesNotContain(EventType.MOBILIZATION);
        assertThat(types("В военкомате мужчинам вручили повестки.", Language.RU)).contains(EventType.MOBILIZATION);
    }

    @Test
    void readsHoldingGroundAsNoDetention() {
        assertThat(types("Военные удерживают позиции у села третью неделю.", Language.RU))
                .doesNotContain(EventType.DETENTION);
        assertThat(types("Отказников удерживают в подвале под Луганском.", Language.RU))
                .contains(EventType.DETENTION);
    }

    @Test
    void readsDestroyedEquipmentAndPaymentsForWoundsAsNoLosses() {
        assertThat(types("За сутки над областью уничтожены 35 беспилотников ВСУ.", Language.RU))
                .doesNotContain(EventType.CASUALTIES);
        assertThat(types("Военнослужащим изменили порядок выплат за ранения.", Language.RU))
                .doesNotContain(EventType.CASUALTIES);
        assertThat(types("За сутки уничтожено до 300 военнослужащих противника.", Language.RU))
                .contains(EventType.CASUALTIES);
    }

    @Test
    void readsAlarmsStrikesAndShootingAtHousesAsNoAbuse() {
        assertThat(types("Военные блогеры бьют тревогу из-за положения армии.", Language.RU))
                .doesNotContain(EventType.ABUSE);
        assertThat(types("Он пригрозил странам, чьи ракеты бьют по России.", Language.RU))
                .doesNotContain(EventType.ABUSE);
        assertThat(types("Военные расстреливали дома мирных жителей.", Language.RU))
                .doesNotContain(EventType.ABUSE);
        assertThat(types("Командир расстрелял двоих мобилизованных перед строем.", Language.RU))
                .contains(EventType.ABUSE);
    }

    @Test
    void readsACaseOnMilitaryFakesAsNoDenial() {
        assertThat(types("Депутата осудили по делу о распространении «фейков» о российской армии.", Language.RU))
                .doesNotContain(EventType.COUNTER_STATEMENT);
        assertThat(types("В Минобороны назвали видео мобилизованных фейком.", Language.RU))
                .contains(EventType.COUNTER_STATEMENT);
    }

    @Test
    void readsARegionBeforeAMilitaryAdministrationAsNoOrigin() {
        List<EventReport> found = events("Глава Запорожской военной администрации сообщил, что в бою погибли трое "
                + "военнослужащих.", Language.RU);
        assertThat(found).extracting(EventReport::type).contains(EventType.CASUALTIES);
        assertThat(found.get(0).origin()).isEmpty();
        assertThat(events("Иркутские военные записали обращение.", Language.RU).get(0).origin())
                .containsExactly("RU-IRK");
    }

    @Test
    void readsANightlyAddressAndTheVerbPrizovetAsNoAppealOrCallUp() {
        assertThat(types("Военные получат всё необходимое, сказал Зеленский в ежевечернем обращении.", Language.RU))
                .doesNotContain(EventType.APPEAL);
        assertThat(types("На встрече президент призовет военных продолжать поддержку союзников.", Language.RU))
                .doesNotContain(EventType.MOBILIZATION);
        assertThat(types("Чоловіків призовного віку затримують на вулицях.", Language.UK))
                .contains(EventType.MOBILIZATION);
    }

    @Test
    void readsDecliningToSpeakBeforeTheVerbAsNoRefusal() {
        assertThat(types("Сколько военных погибло, министр уточнить отказался.", Language.RU))
                .doesNotContain(EventType.REFUSAL);
        assertThat(types("Затем бывшему бойцу в убежище отказала Литва.", Language.RU))
                .doesNotContain(EventType.REFUSAL);
        assertThat(types("Штурмовать позиции мобилизованные отказались.", Language.RU)).contains(EventType.REFUSAL);
    }

    @Test
    void readsComplaintsAndPleasForHelpWithoutSoldiersOrAddresseesAsNoAppeal() {
        assertThat(types("Ветеринарная клиника и приют просят помощи.", Language.RU)).doesNotContain(EventType.APPEAL);
        assertThat(types("Во время расследования она пожаловалась на усталость.", Language.RU))
                .doesNotContain(EventType.APPEAL);
        assertThat(types("Президент выступил со специальным видеообращением к военным.", Language.RU))
                .doesNotContain(EventType.APPEAL);
        assertThat(types("Бойцы полка накануне пожаловались в соцсетях на командиров.", Language.RU))
                .contains(EventType.APPEAL);
    }

    @Test
    void readsACallToSomethingAsNoCallUp() {
        assertThat(types("МИД призвал военных к сдержанности; этот призыв к миру поддержали.", Language.RU))
                .doesNotContain(EventType.MOBILIZATION);
        assertThat(types("Осенний призыв в армию начнется 1 октября, военкоматы готовятся.", Language.RU))
                .contains(EventType.MOBILIZATION);
    }

    @Test
    void reportsAHeadlinesEventAlongsideTheBodysOfTheSameType() {
        assertHeadlineAndBodyReport("Мобилизованные из Пензы записали видеообращение\n\n"
                + "Бойцы полка записали обращение к губернатору и жалуются на нехватку снарядов.", Language.RU);
        assertHeadlineAndBodyReport("Мобілізовані з Пензи записали відеозвернення\n\n"
                + "Бійці полку записали звернення до губернатора і скаржаться на брак снарядів.", Language.UK);
        assertHeadlineAndBodyReport("Mobilised men from Penza record a video appeal\n\n"
                + "The soldiers recorded an appeal to the governor and complain of a lack of shells.", Language.EN);
    }

    @Test
    void readsAHeadlineComplaintAsPrivateWhenTheBodyTellsItWasToRelatives() {
        assertNoHeadlineAppeal("На что жалуются мобилизованные под Сватово\n\n"
                + "Мобилизованные из Курска жалуются родным, что им не выдали бронежилеты.", Language.RU);
        assertNoHeadlineAppeal("На що скаржаться мобілізовані під Сватовим\n\n"
                + "Мобілізовані з Курська скаржаться рідним, що їм не видали бронежилетів.", Language.UK);
        assertNoHeadlineAppeal("What mobilised men near Svatove complain about\n\n"
                + "Mobilised men from Kursk complain to their relatives that they were given no body armour.",
                Language.EN);
    }

    private static void assertNoHeadlineAppeal(String text, Language language) {
        int headlineEnd = text.indexOf('\n');
        assertThat(events(text, language)).as(text)
                .noneMatch(e -> e.type() == EventType.APPEAL && e.span().end() <= headlineEnd);
    }

    private static void assertHeadlineAndBodyReport(String text, Language language) {
        int headlineEnd = text.indexOf('\n');
        List<EventReport> appeals = events(text, language).stream().filter(e -> e.type() == EventType.APPEAL)
                .toList();
        assertThat(appeals).as(text).hasSize(2);
        assertThat(appeals.get(0).span().end()).as(text).isLessThanOrEqualTo(headlineEnd);
        assertThat(appeals.get(1).span().start()).as(text).isGreaterThan(headlineEnd);
    }

    // The sentences below are written for the tests from error classes found on real Telegram news posts (2024).

    @Test
    void readsRebelsOfAForeignWarAsNoMutiny() {
        assertThat(types("Мятежники перекрыли трассу между Хомсом и столицей.", Language.RU))
                .doesNotContain(EventType.MUTINY);
        assertThat(types("Повстанці підняли заколот проти уряду й захопили аеропорт.", Language.UK))
                .doesNotContain(EventType.MUTINY);
        assertThat(types("Rebel groups launched a revolt against the government in the north.", Language.EN))
                .doesNotContain(EventType.MUTINY);
        assertThat(types("Мобилизованные подняли бунт в учебном лагере.", Language.RU)).contains(EventType.MUTINY);
        assertThat(types("Бунт мобілізованих під Валуйками придушили за добу.", Language.UK))
                .contains(EventType.MUTINY);
        assertThat(types("Wagner's mutiny ended near Moscow.", Language.EN)).contains(EventType.MUTINY);
    }

    @Test
    void readsADebateOrLawAboutConscriptionAsNoCallUp() {
        assertThat(types("Союзники предлагают снизить призывной возраст до 18 лет.", Language.RU))
                .doesNotContain(EventType.MOBILIZATION);
        assertThat(types("Депутати розглянуть законопроект про мобілізацію наступного тижня.", Language.UK))
                .doesNotContain(EventType.MOBILIZATION);
        assertThat(types("Washington urged Kyiv to consider lowering the conscription age.", Language.EN))
                .doesNotContain(EventType.MOBILIZATION);
        assertThat(types("В области мобилизовали ещё 300 человек, повестки вручают у проходных.", Language.RU))
                .contains(EventType.MOBILIZATION);
    }

    @Test
    void readsAnArmyThatAttackedCiviliansAsTheAttackerNotTheDead() {
        assertThat(types("После атаки российских военных на рынок погибли трое людей.", Language.RU))
                .doesNotContain(EventType.CASUALTIES);
        assertThat(types("Унаслідок обстрілу ЗСУ загинули двоє мешканців селища.", Language.UK))
                .doesNotContain(EventType.CASUALTIES);
        assertThat(types("Three civilians were killed in an attack by the Russian army on the village.", Language.EN))
                .doesNotContain(EventType.CASUALTIES);
        assertThat(types("После нападения боевиков на город погибли 40 мирных жителей.", Language.RU))
                .doesNotContain(EventType.CASUALTIES);
        assertThat(types("Внаслідок удару дрона загинули двоє військовослужбовців і троє мешканців.", Language.UK))
                .contains(EventType.CASUALTIES);
        assertThat(types("После атаки на позиции погибли трое военнослужащих бригады.", Language.RU))
                .contains(EventType.CASUALTIES);
    }

    @Test
    void readsAPlaceThatTestimoniesComeFromAsNoOrigin() {
        List<EventReport> found = events("Из Льгова поступают сообщения о гибели российских военных.", Language.RU);
        assertThat(found).extracting(EventReport::type).contains(EventType.CASUALTIES);
        assertThat(found).allSatisfy(report -> assertThat(report.origin()).isEmpty());
        assertThat(events("Мобилизованные из Курской области погибли под Торецком.", Language.RU))
                .allSatisfy(report -> assertThat(report.origin()).containsExactly("RU-KRS"));
    }

    @Test
    void readsADemonymBesideResidentsAsNoOrigin() {
        assertThat(events("Куряне, жители приграничья, рассказали о гибели военных.", Language.RU))
                .allSatisfy(report -> assertThat(report.origin()).isEmpty());
        assertThat(events("Новосибирцы записали обращение из окопов.", Language.RU))
                .allSatisfy(report -> assertThat(report.origin()).containsExactly("RU-NVS"));
    }
    @Test
    void readsEnglishConfinementInContainersCagesAndCustodyButNoPoliceArrest() {
        assertThat(types("The commander locked them in a shipping container near Robotyne, the soldiers' wives say.",
                Language.EN)).contains(EventType.DETENTION);
        assertThat(types("Deserters of the regiment are kept in metal cages at the base, a former soldier said.",
                Language.EN)).contains(EventType.DETENTION);
        assertThat(types("A soldier from Ufa who left his unit was detained by police at a railway station.",
                Language.EN)).contains(EventType.DESERTION).doesNotContain(EventType.DETENTION);
    }

    @Test
    void readsEnglishMissingAndDisappearedSoldiersAsDesertion() {
        assertThat(types("Twelve soldiers of the regiment are missing after the battle, their mothers say.",
                Language.EN)).contains(EventType.DESERTION);
        assertThat(types("Three mobilized men from Orsk disappeared near Robotyne in May.", Language.EN))
                .contains(EventType.DESERTION);
    }

    @Test
    void readsEnglishSentencesHandedDownAndRefusingToFightAsProsecutionAndRefusal() {
        assertThat(types("The garrison court has handed down 14 sentences for desertion this year.", Language.EN))
                .contains(EventType.PROSECUTION, EventType.DESERTION);
        assertThat(types("Military courts passed 40 sentences for refusing to fight in 2024.", Language.EN))
                .contains(EventType.PROSECUTION, EventType.REFUSAL);
    }

    @Test
    void readsRepelledAttacksAndWavesAsAssaultsButNoDroneAttack() {
        assertThat(types("Ukrainian forces repelled an attack by Russian infantry near Siversk.", Language.EN))
                .contains(EventType.ASSAULT);
        assertThat(types("The Russian troops come at the positions wave after wave.", Language.EN))
                .contains(EventType.ASSAULT);
        assertThat(types("Air defence repelled a drone attack on Kursk overnight.", Language.EN))
                .doesNotContain(EventType.ASSAULT);
    }

    @Test
    void readsThreatsToShootAndPunishmentAsAbuseButNoPunishableAct() {
        assertThat(types("Our commanders told the men that anyone who retreats will be shot.", Language.EN))
                .contains(EventType.ABUSE);
        assertThat(types("The commanders punish soldiers who complain by sending them forward.", Language.EN))
                .contains(EventType.ABUSE);
        assertThat(types("The garrison prosecutor warned the troops that refusal is punishable by ten years.",
                Language.EN)).doesNotContain(EventType.ABUSE);
    }

    @Test
    void aMilbloggersComplaintIsNoAppeal() {
        assertThat(types("A Russian milblogger complained that the brigade's soldiers lack drones.", Language.EN))
                .contains(EventType.SHORTAGE).doesNotContain(EventType.APPEAL);
        assertThat(types("Военкор пожаловался, что бойцам бригады не хватает дронов.", Language.RU))
                .doesNotContain(EventType.APPEAL);
    }

    @Test
    void aPastRefusalInARelativeClauseStaysAfterAThreat() {
        assertThat(types("The command threatened to send the marines who refused to attack to a storm detachment.",
                Language.EN)).contains(EventType.REFUSAL, EventType.ABUSE);
        assertThat(types("The commander threatened to punish soldiers who refuse to attack.", Language.EN))
                .doesNotContain(EventType.REFUSAL);
    }

    @Test
    void readsWontGoAndTheMinistryCallingVideosFakes() {
        assertThat(types("Now the guys say they won't go.", Language.EN)).contains(EventType.REFUSAL);
        assertThat(types("The Russian MoD calls such videos fakes.", Language.EN))
                .contains(EventType.COUNTER_STATEMENT);
    }
    @Test
    void takesEveryNameOfAListOfOriginsAsOrigin() {
        assertThat(appeal("Mobilised men from Altai Krai, the Kemerovo region and the Tomsk region recorded an appeal.",
                Language.EN).orElseThrow().origin()).containsExactlyInAnyOrder("RU-ALT", "RU-KEM", "RU-TOM");
        assertThat(appeal("Mobilized men from the Mari El Republic and neighboring Chuvashia recorded an appeal.",
                Language.EN).orElseThrow().origin()).containsExactlyInAnyOrder("RU-ME", "RU-CU");
        assertThat(appeal("Мобилизованные из Бурятии и соседнего Забайкальского края записали обращение.",
                Language.RU).orElseThrow().origin()).containsExactlyInAnyOrder("RU-BU", "RU-ZAB");
        assertThat(appeal("Mobilised men from Buryatia recorded an appeal near Kreminna and Svatove.", Language.EN)
                .orElseThrow().origin()).containsExactly("RU-BU");
    }

    @Test
    void readsAnAgendaAsNoDraftNotice() {
        assertThat(types("Парламент не стал ставить вопрос о выплатах военным в повестку дня.", Language.RU))
                .doesNotContain(EventType.MOBILIZATION);
        assertThat(types("Депутати внесли питання пенсій військовим до повістки сесії.", Language.UK))
                .doesNotContain(EventType.MOBILIZATION);
        assertThat(types("Повестки в военкомат вручали прямо у проходной завода.", Language.RU))
                .contains(EventType.MOBILIZATION);
        assertThat(types("Повістки роздають чоловікам призовного віку біля метро.", Language.UK))
                .contains(EventType.MOBILIZATION);
    }

    @Test
    void readsDenialsAppealsShortagesAndBeatingsInATextWithoutSoldiersAsNoEvents() {
        assertThat(types("Роспотребнадзор опроверг сообщения о вспышке гриппа в школах.", Language.RU)).isEmpty();
        assertThat(types("В ФАС поступили обращения граждан с жалобами на рекламу банка.", Language.RU)).isEmpty();
        assertThat(types("На заводах региона не хватает рабочих, сообщили экономисты.", Language.RU)).isEmpty();
        assertThat(types("Задержанный рассказал, что полицейские избивали его в отделе.", Language.RU)).isEmpty();
        assertThat(types("Міністерство спростувало чутки про підвищення тарифів на світло.", Language.UK)).isEmpty();
        assertThat(types("Мешканці звернулися до мера через нестачу води в будинках.", Language.UK)).isEmpty();
        assertThat(types("The ministry denied reports that bread prices would rise.", Language.EN)).isEmpty();
        assertThat(types("Passengers complained of a lack of water on the delayed train.", Language.EN)).isEmpty();
        assertThat(types("Минобороны опровергло сообщения о побеге мобилизованных.", Language.RU))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(types("Бійці скаржаться на нестачу води на позиціях.", Language.UK))
                .contains(EventType.SHORTAGE);
        assertThat(types("The ministry denied reports that the soldiers lack water.", Language.EN))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(events("Вербовка «Вагнера» идёт уже и в колониях.", Language.RU))
                .extracting(EventReport::type).contains(EventType.MOBILIZATION);
    }

    @Test
    void readsSupportersAsNoSideOfTheWar() {
        assertThat(types("Сторонники партии, выступающей против войны, отказались от участия в выборах.",
                Language.RU)).doesNotContain(EventType.REFUSAL);
        assertThat(types("Обе стороны отказались отвести войска от линии соприкосновения.", Language.RU))
                .contains(EventType.REFUSAL);
    }

    @Test
    void readsTheEnemysAttacksAdvancesAndRepelledAttacksAsAssaults() {
        assertThat(types("На Лиманському напрямку ворог 14 разів атакував біля Терни.", Language.UK))
                .contains(EventType.ASSAULT);
        assertThat(types("Противник намагався просунутися в районі Юнаківки силами до 20 піхотинців.", Language.UK))
                .contains(EventType.ASSAULT);
        assertThat(types("За даними прикордонників, атаку відбито, знищено 9 окупантів.", Language.UK)).contains(EventType.ASSAULT);
        assertThat(types("Противник пытался продвинуться у Работина, атака отбита.", Language.RU))
                .contains(EventType.ASSAULT);
        assertThat(types("В четверг 24 штурмовика отправили на накат без брони.", Language.RU))
                .contains(EventType.ASSAULT);
        assertThat(types("Ukrainian troops repelled two Russian attacks near Siversk.", Language.EN))
                .contains(EventType.ASSAULT);
    }

    @Test
    void readsAVerdictOfGuiltAndASettlementColonyAsProsecution() {
        assertThat(types("Рядового признали виновным в самовольном оставлении части.", Language.RU))
                .contains(EventType.PROSECUTION);
        assertThat(types("Контрактнику назначили пять лет колонии-поселения.", Language.RU))
                .contains(EventType.PROSECUTION);
        assertThat(types("Військового визнали винним у дезертирстві.", Language.UK)).contains(EventType.PROSECUTION);
    }

    @Test
    void readsReportsCalledFalseAndServiceAsUsualAsCounterStatements() {
        assertThat(types("Военкомат назвал недостоверными сообщения о гибели срочников.", Language.RU))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(types("Военные погибли. В правительстве края подсчёты назвали «не соответствующими действительности».",
                Language.RU))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(types("В военкомате ответили, что «информация о потерях не подтверждается».", Language.RU))
                .contains(EventType.COUNTER_STATEMENT);
        assertThat(types("В военкомате сказали, что военнослужащие проходят службу в штатном режиме.", Language.RU))
                .contains(EventType.COUNTER_STATEMENT);
    }

    @Test
    void readsAComplaintToOneRelativeAsPrivate() {
        assertThat(types("Окупант скаржиться дружині, що під Оріховом їхню роту знищили.", Language.UK))
                .doesNotContain(EventType.APPEAL);
        assertThat(types("Мобилизованный жалуется матери, что их бросили без еды.", Language.RU))
                .doesNotContain(EventType.APPEAL);
    }

    @Test
    void readsLeavingTheTemporaryBaseAsDesertion() {
        assertThat(types("Позже двое контрактников покинули пункт временной дислокации.", Language.RU))
                .contains(EventType.DESERTION);
        assertThat(types("Двоє бійців самовільно залишили пункт тимчасової дислокації.", Language.UK))
                .contains(EventType.DESERTION);
    }

    @Test
    void readsADenyingCommissariatAndAChargeDuringMobilisationAsNoCallUp() {
        assertThat(types("Военкомат Волгоградской области опроверг сообщения о гибели срочников из Камышина.",
                Language.RU)).contains(EventType.COUNTER_STATEMENT).doesNotContain(EventType.MOBILIZATION);
        assertThat(types("Його визнали винним у СЗЧ в період мобілізації.", Language.UK))
                .contains(EventType.PROSECUTION).doesNotContain(EventType.MOBILIZATION);
        assertThat(types("Его осудили по ч. 5 ст. 337 УК РФ (СОЧ в период мобилизации).", Language.RU))
                .doesNotContain(EventType.MOBILIZATION);
        assertThat(types("В военкомате мужчинам вручили повестки.", Language.RU)).contains(EventType.MOBILIZATION);
    }
}
