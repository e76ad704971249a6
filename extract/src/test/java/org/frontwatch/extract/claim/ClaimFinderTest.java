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
 * Claims in the three languages: cues on either side, quotations, references back, outlets told, asides. About 425
 * lines; the quotation cases (closed later, speaker after the medium) are the next to move to a class of their own.
 */
class ClaimFinderTest {
    private static List<Claim> claims(String text, Language language) {
        return EXTRACTOR.extract(text, Optional.of(PUBLISHED), Optional.of(language)).claims();
    }

    @Test
    void attributesEnglishFigureToTheSubjectBeforeTheVerb() {
        String text = "Ukrainian forces are reporting heavy Russian losses — between 600 to 1,000 men a day.";
        List<Claim> found = claims(text, Language.EN);
        assertThat(found).hasSize(1);
        Claim claim = found.get(0);
        assertThat(claim.claimant()).contains("Ukrainian forces");
        assertThat(claim.subject()).isEqualTo("Russian losses");
        assertThat(claim.figure().low()).isEqualTo(OptionalLong.of(600));
        assertThat(claim.figure().high()).isEqualTo(OptionalLong.of(1000));
        assertThat(claim.figure().per()).contains("day");
        assertThat(claim.span().of(text)).isEqualTo(text);
    }

    @Test
    void readsAccordingToAndSaidAfterAComma() {
        assertThat(claims("At least 300 soldiers refused to fight, according to the outlet Verstka.", Language.EN))
                .singleElement().satisfies(c -> assertThat(c.claimant().orElseThrow()).contains("Verstka"));
        assertThat(claims("About 40 mobilised men were locked in a cellar, the regional governor said.", Language.EN))
                .singleElement().satisfies(c -> assertThat(c.claimant()).contains("regional governor"));
    }

    @Test
    void anOrganisationThatIsToldIsNoClaimant() {
        assertThat(claims("Как рассказали «Медиазоне» родственники бойцов, в подвале держат 12 человек.", Language.RU))
                .singleElement().satisfies(c -> {
                    assertThat(c.claimant()).contains("родственники бойцов");
                    assertThat(c.claimantKey()).isEmpty();
                });
        assertThat(claims("Двоє полонених розповіли журналістам «Української правди», що з роти вижили семеро.",
                Language.UK)).allSatisfy(c -> assertThat(c.claimantKey()).isEmpty());
        assertThat(claims("В полку «Уральскому репортёру» рассказала жена бойца: из 40 человек в роте осталось 17.",
                Language.RU)).isNotEmpty().allSatisfy(c -> assertThat(c.claimantKey()).isEmpty());
        assertThat(claims("В Офісі омбудсмана «Хроніці тилу» підтвердили, що отримали понад 90 звернень від військових.",
                Language.UK)).singleElement().satisfies(c -> assertThat(c.claimant()).hasValueSatisfying(
                        name -> assertThat(name).contains("Офісі омбудсмана")));
        assertThat(claims("Об этом сообщило Минобороны России: уничтожено 40 военных.", Language.RU))
                .singleElement().satisfies(c -> assertThat(c.claimantKey()).contains("org:ministry-of-defence-ru"));
    }

    @Test
    void aClaimantStepsOverAnAsideInBracketsAndTheNewsroomToldIsNoClaimant() {
        assertThat(claims("Жительница Сургута Ольга (имя изменено) рассказала редакции, что её муж и ещё 11 бойцов "
                + "отказались идти в штурм.", Language.RU)).singleElement()
                .satisfies(c -> assertThat(c.claimant()).contains("Жительница Сургута Ольга"));
        assertThat(claims("A soldier's wife from Surgut told reporters that 11 men of the regiment refused to attack.",
                Language.EN)).singleElement()
                .satisfies(c -> assertThat(c.claimant()).hasValueSatisfying(name -> assertThat(name).contains("wife")));
    }

    @Test
    void anOutletWhoseNameIsACommonNounIsItsOwnClaimant() {
        assertThat(claims("Об этом сообщает «Военный осведомитель». Как пишет издание «Агентство», 12 военных "
                + "отказались идти в штурм.", Language.RU)).singleElement()
                .satisfies(c -> assertThat(c.claimantKey()).contains("org:agentstvo"));
        assertThat(claims("Об этом сообщает «Военный осведомитель». Как пишет издание, 12 военных "
                + "отказались идти в штурм.", Language.RU)).singleElement()
                .satisfies(c -> assertThat(c.claimantKey()).contains("org:voenny-osvedomitel"));
    }

    @Test
    void anyFiniteFormOfAVerbOfSayingNamesTheSpeaker() {
        assertThat(claims("«Из нашей роты вернулись 40 человек», — вспоминает Алексей из Череповца.", Language.RU))
                .singleElement().satisfies(c -> assertThat(c.claimant().orElseThrow()).startsWith("Алексей"));
        assertThat(claims("«Залишилося 40 людей», — розповідає Олексій.", Language.UK)).singleElement()
                .satisfies(c -> assertThat(c.claimant()).contains("Олексій"));
        assertThat(claims("Командир отказался рассказать, сколько из 40 человек вернулись.", Language.RU)).isEmpty();
    }

    @Test
    void aQuotationClosedLaterIsClaimedByTheSpeakerAfterItNotBySomeoneItQuotes() {
        List<Claim> found = claims("💬«Из нашей роты осталось 38 бойцов из ста двадцати. Командиры говорят, что мы "
                + "расходный материал», — говорит боец в балаклаве.", Language.RU);
        assertThat(found).hasSize(2).allSatisfy(c -> assertThat(c.claimant()).contains("боец"));
        assertThat(claims("«З роти лишилося 30 бійців. Нам кажуть, що підкріплення буде», — розповідає Олексій.",
                Language.UK)).singleElement().satisfies(c -> assertThat(c.claimant()).contains("Олексій"));
        assertThat(claims("\"Only 11 of the 40 soldiers came back. The officers say we are lucky,\" said Ivan.",
                Language.EN)).isNotEmpty().allSatisfy(c -> assertThat(c.claimant()).contains("Ivan"));
    }

    @Test
    void theSpeakerAfterTheMediumAndWhereItWasMadeIsTheClaimant() {
        assertThat(claims("«Из шестидесяти человек роты на ногах одиннадцать», — говорит на видео, снятом в подвале, "
                + "мобилизованный из Березников.", Language.RU)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.claimant()).contains("мобилизованный из Березников"));
        assertThat(claims("«Нас лишилося 12 бійців», — розповів в інтерв'ю Іван Петренко.", Language.UK))
                .singleElement().satisfies(c -> assertThat(c.claimant()).contains("Іван Петренко"));
        assertThat(claims("\"Only 19 of our 112 soldiers are left,\" said in a video, recorded near Hirske, Andrei.",
                Language.EN)).isNotEmpty().allSatisfy(c -> assertThat(c.claimant()).contains("Andrei"));
    }

    @Test
    void aDeniedSpeechOrTheOneToldNamesNoClaimant() {
        assertThat(claims("Военные не сообщили, почему задержали 12 человек.", Language.RU)).isEmpty();
        assertThat(claims("Relatives of two of the soldiers confirmed to the channel that the video was real.",
                Language.EN)).isEmpty();
        assertThat(claims("Бійці загинули, а рідним потім написали, що п'ятеро «підірвалися на міні».", Language.UK))
                .isEmpty();
        assertThat(claims("Водночас у Львівській обласній прокуратурі повідомили, що відкрили 214 справ.",
                Language.UK)).singleElement().satisfies(c -> assertThat(c.claimantKey())
                .contains("org:lviv-regional-prosecutor-office"));
    }

    @Test
    void aClaimantNamedWithAnOrdinalOrAgeIsStillNamed() {
        assertThat(claims("Речник 5-ї штурмової бригади, яка тримає цю ділянку, заявив «Суспільному», що росіяни "
                + "втратили близько 70 піхотинців.", Language.UK)).singleElement()
                .satisfies(c -> assertThat(c.claimant().orElseThrow()).startsWith("Речник 5-ї штурмової бригади"));
        assertThat(claims("\"Only six of us came back,\" a 34-year-old soldier from Perm said by phone.", Language.EN))
                .singleElement().satisfies(c -> assertThat(c.claimant().orElseThrow()).contains("34-year-old soldier"));
    }

    @Test
    void aDailyUpdateRefersBackToItsOrganisation() {
        assertThat(claims("Ukraine's General Staff reported 1,200 Russian losses. The total has reached about 700,000, "
                + "according to the morning update.", Language.EN)).extracting(c -> c.claimantKey().orElse("-"))
                .containsExactly("org:general-staff-ua", "org:general-staff-ua");
    }

    @Test
    void aQuotationRunningOverSentencesTakesTheClaimantWhereItCloses() {
        List<Claim> found = claims("«Нас бросили под Авдеевку группами по семь-восемь человек. Из роты осталось 12», — "
                + "рассказал боец из Омска.", Language.RU);
        assertThat(found).extracting(c -> c.claimant().orElse("-")).containsOnly("боец из Омска");
        assertThat(found).hasSize(2);
        assertThat(claims("\"They sent 30 of us in. Only eight came back,\" a soldier from Perm told the channel.",
                Language.EN)).extracting(c -> c.claimant().orElse("-")).containsOnly("soldier from Perm");
    }

    @Test
    void keepsEachClaimantWithItsOwnFigure() {
        String text = "По данным Генштаба ВСУ, за сутки погибли 1030 военнослужащих, а Минобороны РФ заявило о "
                + "потере не более 220 человек.";
        List<Claim> found = claims(text, Language.RU);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).claimant().orElseThrow()).contains("Генштаба ВСУ");
        assertThat(found.get(0).figure().low()).isEqualTo(OptionalLong.of(1030));
        assertThat(found.get(1).claimant().orElseThrow()).contains("Минобороны");
        assertThat(found.get(1).figure().high()).isEqualTo(OptionalLong.of(220));
    }

    @Test
    void readsUkrainianAttributionAndHeaderClaimant() {
        assertThat(claims("За даними «Окопного реєстру», у підвалах утримують щонайменше 300 військових.",
                Language.UK)).singleElement().satisfies(c -> {
                    assertThat(c.claimant().orElseThrow()).contains("Окопного реєстру");
                    assertThat(c.figure().high()).isEmpty();
                });
        assertThat(claims("Генштаб ЗСУ: за добу ліквідовано близько 800 окупантів.", Language.UK))
                .singleElement().satisfies(c -> assertThat(c.claimant()).contains("Генштаб ЗСУ"));
        assertThat(claims("По подсчётам «Медиазоны» и Би-би-си, погибли не менее 2 100 жителей области.", Language.RU))
                .singleElement().satisfies(c -> assertThat(c.claimantKey()).contains("org:mediazona"));
        // a reposted item's figures belong to the source its closing line names, not to the next item's
        assertThat(claims("▪️ В Острове двое контрактников устроили поножовщину: один в реанимации.\n"
                + "Источник: «Псков сегодня»\n\n▪️ В Апатитах 12 жён мобилизованных вышли к военкомату.", Language.RU))
                .singleElement().satisfies(c -> assertThat(c.claimant()).contains("Псков сегодня"));
        // a digest's keycap number before the header is no part of its name
        assertThat(claims("Новини\n\n3️⃣ Генштаб ЗСУ: за добу ліквідовано близько 800 окупантів.", Language.UK))
                .singleElement().satisfies(c -> assertThat(c.claimant()).contains("Генштаб ЗСУ"));
    }

    @Test
    void leavesUnattributedFiguresAsMentionsOnly() {
        assertThat(claims("Около 500 мобилизованных держат в подвале под Луганском.", Language.RU)).isEmpty();
    }

    @Test
    void neverClaimsAgesYearsOrUnitNumbers() {
        assertThat(claims("According to Verstka, the 38-year-old man of the 1,439th regiment was mobilised in 2022.",
                Language.EN)).isEmpty();
    }

    @Test
    void referenceTakesTheLastClaimantNamedInRussianUkrainianAndEnglish() {
        assertThat(claims("Об этом в понедельник сообщил телеграм-канал «Сибирский дозор». По его данным, задержаны "
                + "от 15 до 20 мобилизованных.", Language.RU)).singleElement().satisfies(c -> {
                    assertThat(c.claimantKey()).contains("org:sibirsky-dozor");
                    assertThat(c.figure().low()).isEqualTo(OptionalLong.of(15));
                });
        assertThat(claims("Видання «Верстка» оприлюднило нові дані про втечі. Видання додає, що щомісяця надходить "
                + "від 500 до 700 нових справ.", Language.UK)).singleElement()
                .satisfies(c -> assertThat(c.claimantKey()).contains("org:verstka"));
        assertThat(claims("Britain's Defence Intelligence said on Monday that losses had risen. It added that about "
                + "1,100 soldiers were killed or wounded a day.", Language.EN)).singleElement()
                .satisfies(c -> assertThat(c.claimantKey()).contains("org:uk-defence-intelligence"));
    }

    @Test
    void pronounWithNobodyNamedBeforeMakesNoClaim() {
        assertThat(claims("По его словам, погибли 12 человек.", Language.RU)).isEmpty();
    }

    @Test
    void sentenceWithoutClaimantContinuesThePreviousOneInItsParagraphOrAfterAlso() {
        assertThat(claims("Генштаб ЗСУ повідомляє про 900 загиблих окупантів.\n\nТакож за добу знищено 12 танків.",
                Language.UK)).extracting(c -> c.claimantKey().orElseThrow())
                .containsExactly("org:general-staff-ua", "org:general-staff-ua");
        assertThat(claims("Минобороны России заявило о 200 погибших. За неделю похоронили ещё 7 мобилизованных.",
                Language.RU)).hasSize(2);
        assertThat(claims("Минобороны России заявило о 200 погибших.\n\nВ Омске похоронили 7 мобилизованных.",
                Language.RU)).singleElement().satisfies(c -> assertThat(c.figure().low()).isEqualTo(OptionalLong.of(200)));
    }

    @Test
    void claimantStandsBeforeAnAsideSetOffByCommas() {
        assertThat(claims("A second channel, citing a source in the local hospital, said that four people had died.",
                Language.EN)).singleElement().satisfies(c -> assertThat(c.claimant()).contains("second channel"));
        assertThat(claims("Проект «Окопный реестр», который сверяет некрологи, насчитал не менее 186 погибших.",
                Language.RU)).singleElement().satisfies(c -> assertThat(c.claimantKey()).contains("org:okopny-reyestr"));
    }

    @Test
    void quotedOfficialNamedAfterTheQuoteIsTheClaimant() {
        assertThat(claims("\"We see 30 to 40 assaults a day,\" said Dmytro Pletenchuk, a spokesman for the navy.",
                Language.EN)).singleElement().satisfies(c -> assertThat(c.claimant()).contains("Dmytro Pletenchuk"));
        assertThat(claims("«Додому повернулися 75 наших людей», — написав Уповноважений Верховної Ради з прав людини.",
                Language.UK)).singleElement().satisfies(c -> assertThat(c.claimantKey()).contains("org:ombudsman-ua"));
    }

    @Test
    void institutionAfterALocativePrepositionIsTheClaimantButATopicIsNot() {
        assertThat(claims("В Генштабе ВСУ заявили, что российские войска потеряли более 900 человек.", Language.RU))
                .singleElement().satisfies(c -> assertThat(c.claimantKey()).contains("org:general-staff-ua"));
        assertThat(claims("Об этом сообщили, что погибли 12 человек.", Language.RU)).isEmpty();
    }

    @Test
    void placeOrTopicBeforeAHeadlineColonIsNoClaimant() {
        assertThat(claims("Авдеевка: за сутки отбито 40 атак", Language.RU)).isEmpty();
        assertThat(claims("Два штурми за добу: Новоселівка і Первомайське", Language.UK)).isEmpty();
        assertThat(claims("Governor: 11 families have asked for help finding their sons", Language.EN))
                .singleElement().satisfies(c -> assertThat(c.claimant()).contains("Governor"));
    }

    @Test
    void wholeThatAPartIsCountedFromIsClaimedLikeThePart() {
        assertThat(claims("One of them says that only 38 of the 120 men in their company are still able to fight.",
                Language.EN)).extracting(c -> c.figure().low().getAsLong()).containsExactly(38L, 120L);
        assertThat(claims("По словам бойца, из 90 бойцов роты в строю осталось 30 человек.", Language.RU))
                .extracting(c -> c.figure().low().getAsLong()).containsExactly(90L, 30L);
        assertThat(claims("Дружина одного з бійців розповіла про роту. За її словами, з 40 бійців роти до пункту "
                + "збору дійшли 17 бійців.", Language.UK))
                .extracting(c -> c.figure().low().getAsLong()).containsExactly(40L, 17L);
    }

    @Test
    void figureInsideTheClaimantPhraseIsNotClaimedByIt() {
        assertThat(claims("Soldiers are held in pits, according to the relatives of three men from the region.",
                Language.EN)).isEmpty();
    }

    @Test
    void firstOfCoordinatedOrganisationsBeforeTheVerbIsTheClaimant() {
        assertThat(claims("Медиазона и Би-би-си установили имена ещё 1 800 погибших.", Language.RU))
                .singleElement().satisfies(c -> assertThat(c.claimantKey()).contains("org:mediazona"));
    }

    @Test
    void claimantLosesTimeWordsAndWhereItSpoke() {
        assertThat(claims("Тем временем местный минздрав сообщил, что ранены 21 человек.", Language.RU))
                .singleElement().satisfies(c -> assertThat(c.claimant()).hasValue("местный минздрав"));
        assertThat(claims("Голова ОВА Олег Кіпер також повідомив, що 18 людей поранені.", Language.UK))
                .singleElement().satisfies(c -> assertThat(c.claimant()).hasValue("Голова ОВА Олег Кіпер"));
        assertThat(claims("Journalists in Magnitogorsk say at least 23 men are missing.", Language.EN))
                .singleElement().satisfies(c -> assertThat(c.claimant()).hasValue("Journalists"));
    }

    @Test
    void clauseBetweenCommasIsAnAsideOnlyAfterTheSubjectOpeningTheSentence() {
        assertThat(claims("Отключение затронуло около 140 тысяч человек, работы продолжаются, сообщил Сальдо.",
                Language.RU)).singleElement().satisfies(c -> assertThat(c.claimant()).contains("Сальдо"));
    }

    @Test
    void asOpeningTheSentenceIsNoClaimant() {
        assertThat(claims("Как сообщил глава областной администрации Олег Кипер, число пострадавших возросло до "
                + "39 человек.", Language.RU)).singleElement()
                .satisfies(c -> assertThat(c.claimant().orElseThrow()).contains("Олег Кипер"));
    }

    // Found on real Telegram news posts (late 2024); the sentences are written for the tests.

    private static List<String> claimants(String text, Language language) {
        return claims(text, language).stream().map(c -> c.claimant().orElse("")).toList();
    }

    @Test
    void leavesTimesOfDayAndVenuesOutOfTheClaimant() {
        assertThat(claimants("Число погибших выросло до 10, заявил днем в понедельник глава областной администрации.",
                Language.RU)).containsOnly("глава областной администрации");
        assertThat(claimants("За ночь сбиты 34 дрона, сообщило в утренней сводке Министерство обороны.", Language.RU))
                .containsExactly("Министерство обороны");
        assertThat(claimants("Поздно вечером воскресенья спасательная служба сообщала о 10 погибших.", Language.RU))
                .containsExactly("спасательная служба");
        assertThat(claimants("Десять военнослужащих покинули часть, написал в своем телеграм-канале глава района.",
                Language.RU)).containsExactly("глава района");
    }

    @Test
    void readsTheNameBeforeARelativePronounAsTheClaimant() {
        assertThat(claimants("Губернатор Александр Богомаз, который ночью сообщал о двух сбитых дронах, добавил ещё "
                + "пять.", Language.RU)).anySatisfy(c -> assertThat(c).endsWith("Александр Богомаз"))
                .doesNotContain("который");
    }

    @Test
    void readsALoneConjunctionOrPrepositionAsNoClaimant() {
        assertThat(claimants("Администрация подтвердила данные мэра, а также сообщила о 12 раненых.", Language.RU))
                .doesNotContain("а", "о");
    }
    @Test
    void aNarratorsOwnCountAndAnAuxiliaryNameNoClaimant() {
        assertThat(claims("We have confirmed the deaths of at least 1,200 servicemen from Altai Krai.", Language.EN))
                .isEmpty();
        assertThat(claims("Kyiv, 2 May 2024 — Soldiers' Rights Monitor (SRM) has documented 37 cases of torture.",
                Language.EN)).allSatisfy(c -> assertThat(c.claimant().orElse("")).isNotEqualTo("has"));
    }

    @Test
    void sheRefersBackToAPersonNotToAUnit() {
        List<Claim> found = claims("Another wife, from Cheboksary, said her husband had been missing since May. "
                + "The unit told her he was on a combat mission. "
                + "She believes that at least 40 men from the battalion are missing.", Language.EN);
        assertThat(found).extracting(c -> c.claimant().orElse("")).containsExactly("Another wife");
    }
    @Test
    void aSourceThatComplainedClaimsItsFigure() {
        assertThat(claims("A Russian milblogger complained that the brigade has lost 200 men since October.",
                Language.EN)).extracting(c -> c.claimant().orElse("")).containsExactly("Russian milblogger");
    }

    @Test
    void takesTheClaimantOfAFigureThatFollowsFromItsSummary() {
        assertThat(claims("Потери противника за сутки составили до 1200 военнослужащих, следует из сводки Минобороны РФ.",
                Language.RU)).extracting(Claim::claimant).containsExactly(Optional.of("Минобороны РФ"));
        assertThat(claims("За добу загинули 40 військових, випливає з даних Генштабу ЗСУ.", Language.UK))
                .extracting(Claim::claimant).containsExactly(Optional.of("Генштабу ЗСУ"));
        assertThat(claims("Up to 900 soldiers were lost in a day, as follows from the ministry's daily summary.",
                Language.EN)).hasSize(1);
    }

    @Test
    void readsTheImperfectiveStatementVerbs() {
        assertThat(claims("Министерство обороны РФ ранее заявляло, что за сутки противник потерял до 280 военнослужащих.",
                Language.RU)).extracting(c -> c.claimant().orElse("")).containsExactly("Министерство обороны РФ");
        assertThat(claims("Міноборони РФ раніше заявляло, що за добу ЗСУ втратили до 280 військовослужбовців.",
                Language.UK)).extracting(c -> c.claimant().orElse("")).containsExactly("Міноборони РФ");
    }

    @Test
    void aPostsHeaderClaimantGovernsTheLinesOfItsLossTable() {
        String text = "⚡️ Генштаб ЗСУ: за минулу добу росіяни втратили ще 1 520 окупантів\n\n"
                + "Загальні бойові втрати противника орієнтовно склали:\n\n"
                + "👉 танків — 9 751 (+9) од.\n"
                + "👉 артилерійських систем — 22 006 (+41) од.";
        List<Claim> found = claims(text, Language.UK);
        assertThat(found).extracting(c -> c.figure().low().orElseThrow()).containsExactly(1520L, 9751L, 9L, 22006L,
                41L);
        assertThat(found).allSatisfy(c -> assertThat(c.claimantKey()).contains("org:general-staff-ua"));
    }

    @Test
    void aFigureOfAPostWithoutAHeaderClaimantHasNoClaimant() {
        String text = "Втрати противника за добу\n\n"
                + "👉 танків — 9 751 (+9) од.";
        assertThat(claims(text, Language.UK)).isEmpty();
    }

    @Test
    void aReportOrItNamesTheOrganisationBeforeWhenNoClaimantCameFirst() {
        assertThat(claims("The monitoring group Barracks Watch published a report on Tuesday. According to the report, "
                + "between 200 and 250 servicemen passed through these basements.", Language.EN)).singleElement()
                .satisfies(c -> assertThat(c.claimantKey()).contains("org:barracks-watch"));
        assertThat(claims("Издание «Сибирская лента» опубликовало подсчёт. По данным издания, в подвале держат 12 "
                + "мобилизованных.", Language.RU)).singleElement()
                .satisfies(c -> assertThat(c.claimantKey()).contains("org:sibirskaya-lenta"));
    }

    @Test
    void anOfficeNamedAfterInSpeaks() {
        assertThat(claims("В пресс-службе губернатора заявили, что из отпуска не вернулись 14 мобилизованных.",
                Language.RU)).singleElement()
                .satisfies(c -> assertThat(c.claimant().orElseThrow()).contains("пресс-службе губернатора"));
        assertThat(claims("У бригаді стверджують, що окупанти втратили щонайменше 60 осіб.", Language.UK))
                .singleElement().satisfies(c -> assertThat(c.claimant().orElseThrow()).isEqualTo("бригаді"));
        assertThat(claims("В тот день в городе говорили, что погибли 5 военных.", Language.RU)).isEmpty();
    }

    @Test
    void aCitedSourceOrATopicIsNoClaimant() {
        assertThat(claims("Don Insider, citing two soldiers present, said that about 60 men took part.", Language.EN))
                .singleElement().satisfies(c -> {
                    assertThat(c.claimant()).contains("Don Insider");
                    assertThat(c.figure().low()).isEqualTo(OptionalLong.of(60));
                });
        assertThat(claims("87 прощаний за три месяца: что пишут о погибших на страницах администраций Удмуртии.",
                Language.RU)).isEmpty();
        assertThat(claims("Администратор чата, в котором больше 600 участников, утверждает, что только в январе туда "
                + "написали 40 человек.", Language.RU)).singleElement().satisfies(c -> {
                    assertThat(c.claimant()).contains("Администратор чата");
                    assertThat(c.figure().low()).isEqualTo(OptionalLong.of(40));
                });
        assertThat(claims("Среди пострадавших один ребенок, четверо человек в тяжелом состоянии, заявил губернатор.",
                Language.RU)).singleElement().satisfies(c -> assertThat(c.claimant()).contains("губернатор"));
    }
}
