package org.frontwatch.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Latin spellings English reporting uses beside GeoNames' ({@link Gazetteer#withLatinSpellings}). */
class LatinSpellingsTest {
    @Test
    void addsNamesWithoutTheSoftSignsApostrophe() {
        assertThat(Gazetteer.withLatinSpellings(List.of("Yats’kivka", "Яцьківка")))
                .contains("Yats’kivka", "Yatskivka", "Яцьківка");
        assertThat(Gazetteer.withLatinSpellings(List.of("Belogor'ye"))).contains("Belogorye");
    }

    @Test
    void addsTheNationalTransliterationOfAYAfterAVowel() {
        assertThat(Gazetteer.withLatinSpellings(List.of("Hulyaypole"))).contains("Hulyaipole", "Huliaipole");
    }

    @Test
    void leavesCyrillicNamesAndNamesWithoutVariantsAlone() {
        List<String> names = List.of("Bakhmut", "Бахмут");
        assertThat(Gazetteer.withLatinSpellings(names)).isSameAs(names);
    }
}
