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
 * "…, one of them, Tatyana, told Okolitsa": a one-word name between commas before the verb claims the figure; "её
 * журналисты насчитали": an organisation's staff named by a possessive are the organisation named before.
 */
class AppositionNameBeforeVerbTest {
    private static List<Claim> claims(String text, Language language) {
        return EXTRACTOR.extract(text, Optional.of(PUBLISHED), Optional.of(language)).claims();
    }

    @Test
    void readsTheNameInAppositionAsTheClaimant() {
        assertThat(claims("Only 19 men are still with the company, one of the wives, Olga, told Okolitsa.", Language.EN))
                .singleElement().satisfies(c -> assertThat(c.claimant()).contains("Olga"));
        assertThat(claims("В роте осталось 19 человек, одна из жён, Ольга, рассказала «Вёрстке».", Language.RU))
                .singleElement().satisfies(c -> assertThat(c.claimant()).contains("Ольга"));
    }

    @Test
    void readsAnOrganisationsStaffNamedByAPossessiveAsTheOrganisation() {
        assertThat(claims("Видеообращения собирает издание «Вёрстка». Только за две недели её журналисты насчитали "
                + "17 новых роликов.", Language.RU)).singleElement()
                .satisfies(c -> assertThat(c.claimantKey()).contains("org:verstka"));
    }
}
