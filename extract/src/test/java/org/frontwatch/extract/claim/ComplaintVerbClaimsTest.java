package org.frontwatch.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.FixtureTexts.PUBLISHED;
import static org.frontwatch.extract.SharedExtractor.EXTRACTOR;

import java.util.List;
import java.util.Optional;
import org.frontwatch.model.Claim;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/**
 * Verbs of complaining: a statement where what is said follows ("скаржиться матері, що …", the Ukrainian third
 * person in "-ться" being no infinitive), what is complained of where "на" follows ("жалуется на побои").
 */
class ComplaintVerbClaimsTest {
    private static List<Claim> claims(String text, Language language) {
        return EXTRACTOR.extract(text, Optional.of(PUBLISHED), Optional.of(language)).claims();
    }

    @Test
    void aUkrainianThirdPersonInTsyaNamesTheSpeakerOfWhatFollows() {
        assertThat(claims("Окупант з Краснодарського краю скаржиться матері, що загинули семеро.", Language.UK))
                .singleElement().satisfies(c -> assertThat(c.claimant()).contains("Окупант з Краснодарського краю"));
        assertThat(claims("Мобілізований з Курщини обурюється, що з роти лишилося 30 бійців.", Language.UK))
                .singleElement().satisfies(c -> assertThat(c.claimant().orElseThrow()).startsWith("Мобілізований"));
    }

    @Test
    void theSpeakerCarriesToAReferenceInTheNextSentence() {
        assertThat(claims("Окупант з Краснодарського краю скаржиться матері, що їхню групу обстріляла власна "
                + "артилерія. За його словами, загинули семеро, ще 12 поранено.", Language.UK))
                .hasSize(2).allSatisfy(c -> assertThat(c.claimant()).contains("Окупант з Краснодарського краю"));
    }

    @Test
    void aComplaintOfSomethingNamesNoSpeaker() {
        assertThat(claims("Семья задержанного жалуется на побои. Около 15 прохожих заблокировали машину.",
                Language.RU)).isEmpty();
        assertThat(claims("Родина затриманого скаржиться на побиття. Близько 15 перехожих заблокували машину.",
                Language.UK)).isEmpty();
        assertThat(claims("«Из 90 человек осталось 26», — жалуется мать бойца.", Language.RU)).hasSize(2)
                .allSatisfy(c -> assertThat(c.claimant().orElseThrow()).startsWith("мать"));
        assertThat(claims("The soldier's mother complained that only 26 of the 90 men were left.", Language.EN))
                .isNotEmpty().allSatisfy(c -> assertThat(c.claimant().orElseThrow()).contains("mother"));
    }
}
