package org.frontwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.frontwatch.extract.text.TextAnalyser;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

class CityCourtFinderTest {
    private final CityCourtFinder finder = CityCourtFinder.bundled();

    private List<String> found(String text, Language language) {
        return finder.find(TextAnalyser.bundled().analyse(text, language, Optional.empty())).stream()
                .map(m -> m.text() + "=" + m.key()).toList();
    }

    @Test
    void namesACityDistrictCityOrDistrictCourtAfterItsCity() {
        assertThat(found("Тернопільський міськрайонний суд засудив військового.", Language.UK))
                .containsExactly("Тернопільський міськрайонний суд=org:ternopil-city-district-court");
        assertThat(found("Вирок ухвалив Хмельницький міський суд, а Смілянський міськрайонний суд — ні.", Language.UK))
                .containsExactly("Хмельницький міський суд=org:khmelnytskyi-city-court",
                        "Смілянський міськрайонний суд=org:smila-city-district-court");
        assertThat(found("Вирок ухвалив Вінницький міський суд.", Language.UK))
                .containsExactly("Вінницький міський суд=org:vinnytsia-city-court");
        assertThat(found("Справу передали до Золочівського районного суду.", Language.UK))
                .singleElement().satisfies(m -> assertThat(m).endsWith("-district-court"));
        assertThat(found("Белгород-Днестровский горрайонный суд Одесской области приговорил бойца.", Language.RU))
                .singleElement().satisfies(m -> assertThat(m).startsWith("Белгород-Днестровский горрайонный суд=org:")
                        .endsWith("-city-district-court"));
    }

    @Test
    void aCourtOfACityDistrictNamesNoCity() {
        assertThat(found("Заводской районный суд Николаева дал пять лет.", Language.RU)).isEmpty();
    }
}
