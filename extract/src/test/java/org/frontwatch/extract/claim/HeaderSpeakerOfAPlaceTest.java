package org.frontwatch.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.FixtureTexts.PUBLISHED;
import static org.frontwatch.extract.SharedExtractor.EXTRACTOR;

import java.util.List;
import java.util.Optional;
import org.frontwatch.model.Claim;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/** A digest line's header names its speaker even when a place is part of the name ({@link HeaderReader}). */
class HeaderSpeakerOfAPlaceTest {
    private static List<Claim> claims(String text, Language language) {
        return EXTRACTOR.extract(text, Optional.of(PUBLISHED), Optional.of(language)).claims();
    }

    @Test
    void readsAPlacesGovernorBeforeAColonAsTheSpeaker() {
        assertThat(claims("🏛 Tver governor: 940 residents of the region called up in 2022 are still serving, 61 of "
                + "them have been killed.", Language.EN))
                .hasSize(2).allSatisfy(c -> assertThat(c.claimant()).contains("Tver governor"));
    }

    @Test
    void doesNotReadAPlaceAloneBeforeAColonAsASpeaker() {
        assertThat(claims("Торецк: за сутки погибли 12 военных.", Language.RU))
                .allSatisfy(c -> assertThat(c.claimant()).isEmpty());
    }
}
