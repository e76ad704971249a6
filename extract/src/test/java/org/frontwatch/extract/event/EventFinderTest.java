package org.frontwatch.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.FixtureTexts.PUBLISHED;
import static org.frontwatch.extract.SharedExtractor.EXTRACTOR;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.frontwatch.model.DatePrecision;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.EventType;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

class EventFinderTest {
    private static List<EventReport> events(String text, Language language) {
        return EXTRACTOR.extract(text, Optional.of(PUBLISHED), Optional.of(language)).events();
    }

    private static List<EventType> types(String text, Language language) {
        return events(text, language).stream().map(EventReport::type).toList();
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
        assertThat(found).extracting(EventReport::type)
                .contains(EventType.APPEAL, EventType.REFUSAL, EventType.ASSAULT);
        EventReport assault = found.stream().filter(e -> e.type() == EventType.ASSAULT).findFirst().orElseThrow();
        assertThat(assault.origin()).containsExactly("RU-IRK");
        assertThat(assault.location()).containsExactly("UA-14");
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
        assertThat(types("В Улан-Удэ снова разносят повестки.", Language.RU)).contains(EventType.MOBILIZATION);
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
}
