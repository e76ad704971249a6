package org.frontwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.FixtureTexts.PUBLISHED;
import static org.frontwatch.extract.SharedExtractor.EXTRACTOR;

import java.util.List;
import java.util.Optional;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Span;
import org.junit.jupiter.api.Test;

class ExtractorTest {
    @Test
    void identifiesTheLanguageWhenNotGiven() {
        Extraction extraction = EXTRACTOR.extract("Мобілізовані з Іркутської області записали звернення.",
                Optional.of(PUBLISHED), Optional.empty());
        assertThat(extraction.language()).isEqualTo(Language.UK);
    }

    @Test
    void resolvesOverlapsByLengthThenPriority() {
        Mention region = Mention.of(MentionType.REGION, "Donetsk region", new Span(0, 14), "UA-14");
        Mention place = Mention.of(MentionType.PLACE, "Donetsk", new Span(0, 7), "geonames:1");
        Mention unit = Mention.of(MentionType.UNIT, "Wagner", new Span(20, 26), "unit:named:wagner");
        Mention organisation = Mention.of(MentionType.ORG, "Wagner", new Span(20, 26), "org:wagner");
        assertThat(Extractor.withoutOverlaps(List.of(place, organisation, region, unit)))
                .containsExactly(region, unit);
    }

    @Test
    void aFigureEndsBeforeARegionNamedInsideItSoThatBothAreKept() {
        Extraction extraction = EXTRACTOR.extract("The channel claimed that 300 Kuban Cossacks refused to attack.",
                Optional.of(PUBLISHED), Optional.of(Language.EN));
        assertThat(extraction.mentions()).extracting(m -> m.type() + ":" + m.text())
                .contains("QUANTITY:300", "REGION:Kuban");
    }

    @Test
    void hashtagsAreNoMentions() {
        Extraction extraction = EXTRACTOR.extract("Бойцы из Самары жалуются на обстрелы.\n\n#Самара #Курахово #ВДВ",
                Optional.of(PUBLISHED), Optional.of(Language.RU));
        assertThat(extraction.mentions()).extracting(Mention::text).containsExactly("Самары");
        Extraction english = EXTRACTOR.extract("Wives from Kazan recorded a video. #Tatarstan #Pokrovsk",
                Optional.of(PUBLISHED), Optional.of(Language.EN));
        assertThat(english.mentions()).extracting(Mention::text).containsExactly("Kazan");
    }

    @Test
    void keepsUnitNumbersAndDatesOutOfQuantities() {
        Extraction extraction = EXTRACTOR.extract("On 9 March 200 men of the 1,439th regiment refused.",
                Optional.of(PUBLISHED), Optional.of(Language.EN));
        assertThat(extraction.mentions()).extracting(Mention::type, Mention::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MentionType.DATE, "9 March"),
                org.assertj.core.groups.Tuple.tuple(MentionType.QUANTITY, "200 men"),
                org.assertj.core.groups.Tuple.tuple(MentionType.UNIT, "1,439th regiment"));
    }

    @Test
    void offsetsAreIntoTheTextAsGivenWithSurrogatePairs() {
        String text = "🇷🇺 Бойцы 1439-го полка из Иркутской области записали обращение.";
        Extraction extraction = EXTRACTOR.extract(text, Optional.of(PUBLISHED), Optional.of(Language.RU));
        for (Mention mention : extraction.mentions()) {
            assertThat(mention.span().of(text)).isEqualTo(mention.text());
        }
        assertThat(extraction.mentionsOf(MentionType.UNIT)).extracting(Mention::text).containsExactly("1439-го полка");
    }
}
