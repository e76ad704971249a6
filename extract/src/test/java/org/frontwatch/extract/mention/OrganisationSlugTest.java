package org.frontwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationSlugTest {

    @Test
    void takesANameWithoutRussianOrUkrainianMarksAsUkrainianInAUkrainianText() {
        assertThat(OrganisationSlug.keyOf("Курс Прикарпаття", org.frontwatch.model.Language.UK))
                .isEqualTo("org:kurs-prykarpattia");
        assertThat(OrganisationSlug.keyOf("Курс Прикарпаття", org.frontwatch.model.Language.RU))
                .isEqualTo("org:kurs-prikarpattya");
        assertThat(OrganisationSlug.keyOf("Донбасский вестовой", org.frontwatch.model.Language.UK))
                .isEqualTo("org:donbassky-vestovoy");
        assertThat(OrganisationSlug.keyOf("Нужная газета", org.frontwatch.model.Language.UK))
                .isEqualTo("org:nuzhnaya-gazeta");
    }

    @Test
    void romanisesRussianAdjectivesAsSkySkayaSkoye() {
        assertThat(OrganisationSlug.keyOf("Сурский вестник")).isEqualTo("org:sursky-vestnik");
        assertThat(OrganisationSlug.keyOf("Сибирская лента")).isEqualTo("org:sibirskaya-lenta");
        assertThat(OrganisationSlug.keyOf("Уральское обозрение")).isEqualTo("org:uralskoye-obozreniye");
        assertThat(OrganisationSlug.keyOf("Окопный реестр")).isEqualTo("org:okopny-reyestr");
        assertThat(OrganisationSlug.keyOf("Донской беглец")).isEqualTo("org:donskoy-beglets");
    }

    @Test
    void romanisesUkrainianNamesByTheOfficialTransliteration() {
        assertThat(OrganisationSlug.keyOf("Буковинський вісник")).isEqualTo("org:bukovynskyi-visnyk");
        assertThat(OrganisationSlug.keyOf("Східний щит")).isEqualTo("org:skhidnyi-shchyt");
        assertThat(OrganisationSlug.keyOf("Громадське радіо Півдня")).isEqualTo("org:hromadske-radio-pivdnia");
        assertThat(OrganisationSlug.keyOf("Євпаторійська правда")).isEqualTo("org:yevpatoriiska-pravda");
    }

    @Test
    void writesOnlineAndLatinNamesAsInEnglish() {
        assertThat(OrganisationSlug.keyOf("Кузнецкий край онлайн")).isEqualTo("org:kuznetsky-krai-online");
        assertThat(OrganisationSlug.keyOf("Якутск Онлайн")).isEqualTo("org:yakutsk-online");
        assertThat(OrganisationSlug.keyOf("Kursk Without Filter")).isEqualTo("org:kursk-without-filter");
    }
}
