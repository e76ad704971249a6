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
}
