package org.frontwatch.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontwatch.model.Place;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.bundled();

    @Test
    void holdsEveryRussianSubjectAndUkrainianOblast() {
        assertThat(gazetteer.regions()).filteredOn(r -> r.country().equals("RU")).hasSize(83);
        assertThat(gazetteer.regions()).filteredOn(r -> r.country().equals("UA")).hasSize(27);
        assertThat(gazetteer.region("RU-IRK").orElseThrow().russian()).isEqualTo("Иркутская область");
        assertThat(gazetteer.region("ua-14").orElseThrow().ukrainian()).isEqualTo("Донецька область");
    }

    @Test
    void keepsOccupiedTerritoryUnderItsUkrainianCode() {
        assertThat(gazetteer.region("UA-43")).isPresent();
        assertThat(gazetteer.region("UA-40")).isPresent();
        assertThat(gazetteer.places()).filteredOn(p -> p.names().contains("Симферополь"))
                .extracting(p -> p.place().region()).containsOnly("UA-43");
    }

    @Test
    void namesMoscowCityAndOblastTheRightWayRound() {
        assertThat(gazetteer.region("RU-MOW").orElseThrow().english()).isEqualTo("Moscow");
        assertThat(gazetteer.region("RU-MOS").orElseThrow().english()).isEqualTo("Moscow Oblast");
        assertThat(gazetteer.region("RU-MOS").orElseThrow().latitude()).isBetween(54.0, 57.0);
    }

    @Test
    void findsFrontLinePlacesWithCoordinatesAndHandAdditions() {
        Place avdiivka = gazetteer.place("geonames:713122").orElseThrow();
        assertThat(avdiivka.name()).isEqualTo("Avdiivka");
        assertThat(avdiivka.region()).isEqualTo("UA-14");
        Place vuhledar = gazetteer.place("hand:vuhledar").orElseThrow();
        assertThat(vuhledar.lat()).isBetween(47.7, 47.9);
        assertThat(gazetteer.placeEntry("geonames:713174").orElseThrow().names()).contains("Артемовск", "Бахмут");
    }

    @Test
    void derivesAdjectiveAndStemAliasesFromOfficialNames() {
        assertThat(gazetteer.regionAliases()).contains(
                new RegionAlias("RU-IRK", org.frontwatch.model.Language.RU, RegionAlias.Kind.ADJECTIVE, "иркутская"),
                new RegionAlias("RU-IRK", org.frontwatch.model.Language.EN, RegionAlias.Kind.STEM, "Irkutsk"));
        assertThat(gazetteer.regionAliases()).noneMatch(a -> a.form().equals("Kyiv")
                && a.kind() == RegionAlias.Kind.NAME);
    }

    @Test
    void namesCountriesInThreeLanguages() {
        assertThat(gazetteer.country("UA").orElseThrow().ukrainian()).isEqualTo("Україна");
        assertThat(gazetteer.countryForms()).contains(new CountryForm("RU", org.frontwatch.model.Language.RU, "РФ"));
    }

    @Test
    void derivesTheRussianFormOfAUkrainianTownInSk() {
        assertThat(Gazetteer.withRussianForms(java.util.List.of("Pokrovsk", "Покровськ")))
                .containsExactly("Pokrovsk", "Покровськ", "Покровск");
        assertThat(Gazetteer.withRussianForms(java.util.List.of("Сіверськ"))).containsExactly("Сіверськ");
        assertThat(Gazetteer.withRussianForms(java.util.List.of("Торецьк", "Торецк"))).containsExactly("Торецьк",
                "Торецк");
    }

    @Test
    void marksCodifierVillagesAsApproximatelyPlaced() {
        PlaceEntry kopanky = Gazetteer.bundled().places().stream()
                .filter(e -> e.place().key().startsWith("katottg:") && e.names().contains("Копанки"))
                .findFirst().orElseThrow();
        assertThat(kopanky.approximate()).isTrue();
        assertThat(kopanky.place().region()).isEqualTo("UA-63");
        assertThat(Gazetteer.bundled().placeEntry("geonames:709354").orElseThrow().approximate()).isFalse();
        assertThat(Gazetteer.bundled().placeEntry("geonames:709354").orElseThrow().names())
                .contains("Дзержинск", "Торецк");
    }
}
