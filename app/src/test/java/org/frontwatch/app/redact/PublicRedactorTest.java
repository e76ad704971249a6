package org.frontwatch.app.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Span;
import org.junit.jupiter.api.Test;

class PublicRedactorTest {
    private final PublicRedactor redactor = PublicRedactor.instance();

    private static Mention person(String text, String words) {
        int at = text.indexOf(words);
        return Mention.of(MentionType.PERSON, words, new Span(at, at + words.length()), "person:x");
    }

    @Test
    void replacesAPrivatePersonByItsSpanAndWhereverItsWordsRecur() {
        String text = "Мать бойца Анна Смирнова рассказала, что Анна Смирнова ждёт ответа.";
        String redacted = redactor.redact(text, List.of(person(text, "Анна Смирнова")));
        assertThat(redacted).isEqualTo("Мать бойца [person] рассказала, что [person] ждёт ответа.");
    }

    @Test
    void keepsPublicFiguresInAnyInflection() {
        String text = "Обращение адресовано Путину и Шойгу, пишет Зеленський.";
        List<Mention> mentions = List.of(person(text, "Путину"), person(text, "Шойгу"), person(text, "Зеленський"));
        assertThat(redactor.redact(text, mentions)).isEqualTo(text);
    }

    @Test
    void replacesPhoneNumbersInRussianAndInternationalForms() {
        assertThat(redactor.redact("звоните +7 (914) 555-12-34 или 8 914 555 12 34", List.of()))
                .isEqualTo("звоните [phone] или [phone]");
        assertThat(redactor.redact("call +380 67 123 4567 today", List.of())).isEqualTo("call [phone] today");
    }

    @Test
    void leavesFiguresDatesAndUnitNumbersAlone() {
        String text = "Between 600 to 1,000 men a day; 1439-й полк; в/ч 12345; 2023-03-08; 1 500 000 рублей.";
        assertThat(redactor.redact(text, List.of())).isEqualTo(text);
    }

    @Test
    void replacesHandlesProfileLinksAndEmailsButNotChannelPosts() {
        String text = "Пишите @masha_irk или на masha@example.ru, профиль vk.com/masha.irk; пост t.me/baikal_watch/101";
        assertThat(redactor.redact(text, List.of()))
                .isEqualTo("Пишите [handle] или на [e-mail], профиль [handle]; пост t.me/baikal_watch/101");
    }

    @Test
    void replacesExactStreetAddressesInThreeLanguages() {
        assertThat(redactor.redact("живёт по адресу ул. Ленина, д. 12, кв. 5.", List.of()))
                .isEqualTo("живёт по адресу [address].");
        assertThat(redactor.redact("мешкає на вул. Шевченка, 14", List.of())).isEqualTo("мешкає на [address]");
        assertThat(redactor.redact("lives at 12 Karl Marx Street in Irkutsk", List.of()))
                .isEqualTo("lives at [address] in Irkutsk");
    }

    @Test
    void keepsOrganisationsAndRegions() {
        String text = "Минобороны России и Verstka сообщили об Иркутской области.";
        List<Mention> mentions = List.of(Mention.of(MentionType.ORG, "Verstka", new Span(20, 27), "org:verstka"));
        assertThat(redactor.redact(text, mentions)).isEqualTo(text);
    }
}
