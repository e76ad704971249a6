package org.frontwatch.extract.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private final LanguageIdentifier identifier = LanguageIdentifier.bundled();

    @Test
    void identifiesShortRussianPost() {
        assertThat(identifier.identify("Взрывы в Белгороде ⚡️")).isEqualTo(Language.RU);
        assertThat(identifier.identify("Мобилизованные записали обращение к губернатору.")).isEqualTo(Language.RU);
    }

    @Test
    void identifiesShortUkrainianPostByItsLetters() {
        assertThat(identifier.identify("Вибухи у Харкові")).isEqualTo(Language.UK);
        assertThat(identifier.identify("Окупанти обстріляли Херсонщину, є поранені")).isEqualTo(Language.UK);
    }

    @Test
    void identifiesUkrainianWithoutSpecialLettersByFunctionWords() {
        assertThat(identifier.identify("Та що ж це робиться, люди")).isEqualTo(Language.UK);
    }

    @Test
    void identifiesEnglishEvenWithRussianNamesAndLinks() {
        assertThat(identifier.identify("Soldiers from the Irkutsk region recorded an appeal to Putin "
                + "https://t.me/lyudibaikala/1234 #Бурятия")).isEqualTo(Language.EN);
    }

    @Test
    void followsTheMajorityScriptInMixedPosts() {
        assertThat(identifier.identify("BREAKING: в Курской области объявлена эвакуация жителей приграничных сёл"))
                .isEqualTo(Language.RU);
        assertThat(identifier.identify("Reuters: у Сумській області оголошено евакуацію з прикордонних сіл"))
                .isEqualTo(Language.UK);
    }

    @Test
    void reportsOtherLanguagesAsOther() {
        assertThat(identifier.identify("Die Soldaten sind nicht an der Front")).isEqualTo(Language.OTHER);
        assertThat(identifier.identify("12345 !!! 🙂")).isEqualTo(Language.OTHER);
        assertThat(identifier.identify("Войниците се върнаха във казармата, това е всичко")).isEqualTo(Language.OTHER);
    }
}
