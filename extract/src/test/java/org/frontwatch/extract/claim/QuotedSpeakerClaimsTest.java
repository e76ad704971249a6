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
 * A figure in the quotation a sentence opens with is claimed by the one who speaks after it closes, not by a verb of
 * counting or saying inside it; a phrase quoted inside a sentence leaves its claimant as it was.
 */
class QuotedSpeakerClaimsTest {
    private static List<Claim> claims(String text, Language language) {
        return EXTRACTOR.extract(text, Optional.of(PUBLISHED), Optional.of(language)).claims();
    }

    @Test
    void claimsAQuotedFigureForTheSpeakerAfterTheQuotation() {
        assertThat(claims("«Тільки за минулий тиждень ми нарахували понад 140 знищених окупантів», — додав Олександр "
                + "Ткач.", Language.UK)).singleElement()
                .satisfies(c -> assertThat(c.claimant()).contains("Олександр Ткач"));
        assertThat(claims("«За неделю наши операторы насчитали 17 раненых среди штурмующих», — сказал Андрей.",
                Language.RU)).singleElement().satisfies(c -> assertThat(c.claimant()).contains("Андрей"));
        assertThat(claims("\"Our drone operators counted 17 men on crutches in a single week,\" Volynets said.",
                Language.EN)).singleElement().satisfies(c -> assertThat(c.claimant()).contains("Volynets"));
    }

    @Test
    void leavesAPhraseQuotedInsideTheSentenceToItsOwnClaimant() {
        assertThat(claims("The governor said that \"about 300\" residents had died, a figure that Okopny Reyestr says "
                + "it had already exceeded.", Language.EN)).singleElement()
                .satisfies(c -> assertThat(c.claimant().orElseThrow()).contains("governor"));
    }
}
