package org.frontwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.frontwatch.extract.text.TextAnalyser;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

class InitialismFinderTest {
    private final InitialismFinder finder = InitialismFinder.bundled();

    private List<String> found(String text) {
        return finder.find(TextAnalyser.bundled().analyse(text, Language.EN, Optional.empty())).stream()
                .map(m -> m.text() + "=" + m.key()).toList();
    }

    @Test
    void findsANameAndEveryUseOfTheInitialismItSpells() {
        assertThat(found("Kyiv, 5 May 2024 — Soldiers' Rights Monitor (SRM) has recorded 12 cases. "
                + "SRM asks for access."))
                .containsExactlyInAnyOrder("Soldiers' Rights Monitor=org:soldiers-rights-monitor",
                        "SRM=org:soldiers-rights-monitor", "SRM=org:soldiers-rights-monitor");
    }

    @Test
    void findsANameItsShortFormAbbreviatesInParenthesesAndEachUseOfTheName() {
        assertThat(found("Front Watchpoint reports abuse\n\nFront Watchpoint (FRWP) has documented 37 cases."))
                .containsExactlyInAnyOrder("Front Watchpoint=org:front-watchpoint",
                        "Front Watchpoint=org:front-watchpoint", "FRWP=org:front-watchpoint");
    }

    @Test
    void findsANameThatOnlyATitleSpellsOut() {
        assertThat(found("Weekly Update (Institute for Front Studies)\n\nIFS has not observed confirmation."))
                .containsExactlyInAnyOrder("Institute for Front Studies=org:institute-for-front-studies",
                        "IFS=org:institute-for-front-studies");
    }

    @Test
    void skipsMilitaryGroupingsAndInitialismsWithoutAName() {
        assertThat(found("Units of the Southern Military District (SMD) attacked. "
                + "The Armed Forces of Ukraine (AFU) and NATO held."))
                .isEmpty();
    }
    @Test
    void readsEnglishTextsOnly() {
        assertThat(InitialismFinder.bundled().find(TextAnalyser.bundled().analyse(
                "Посол Соединенных Штатов Америки (США) прибыл в Москву.", Language.RU, Optional.empty()))).isEmpty();
    }
}
