package org.frontwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.frontwatch.extract.text.TextAnalyser;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/** Ukrainian towns and villages as Russian-language reporting writes them, and former names of renamed towns. */
class PlaceFinderUkrainianPlacesInRussianTest {
    private final PlaceFinder finder = PlaceFinder.bundled();

    private List<String> found(String text, Language language) {
        return finder.find(TextAnalyser.bundled().analyse(text, language, Optional.empty())).stream()
                .map(m -> m.text() + "=" + m.place().orElseThrow().name() + "/" + m.place().orElseThrow().region())
                .toList();
    }

    @Test
    void findsUgledarInRussianSpelling() {
        assertThat(found("Тяжёлые бои под Угледаром продолжаются.", Language.RU))
                .containsExactly("Угледаром=Vuhledar/UA-14");
    }

    @Test
    void findsKrasnohorivkaInRussianSpelling() {
        assertThat(found("Бригаду перебросили к позициям у Красногоровки.", Language.RU))
                .containsExactly("Красногоровки=Krasnohorivka/UA-14");
    }

    @Test
    void findsKurakhoveKlishchiivkaAndVelykaNovosilkaInRussianSpelling() {
        assertThat(found("Мобилизованных отправили под Курахово, Клещеевку и к Великой Новоселке.", Language.RU))
                .containsExactly("Курахово=Kurakhove/UA-14", "Клещеевку=Klishchiivka/UA-14",
                        "Великой Новоселке=Velyka Novosilka/UA-14");
    }

    @Test
    void findsToretskByItsFormerNameDzerzhinsk() {
        assertThat(found("Бои идут под Дзержинском и Горловкой.", Language.RU))
                .containsExactly("Дзержинском=Toretsk/UA-14", "Горловкой=Horlivka/UA-14");
    }

    @Test
    void findsRenamedTownsByTheirFormerNames() {
        assertThat(found("Колонна вышла из Димитрова в сторону Красноармейска.", Language.RU))
                .containsExactly("Димитрова=Myrnohrad/UA-14", "Красноармейска=Pokrovsk/UA-14");
    }

    @Test
    void findsAFrontLineVillageKnownOnlyFromTheCodifier() {
        assertThat(found("Десантники сдались у Копанки на харьковском направлении.", Language.RU))
                .containsExactly("Копанки=Kopanky/UA-63");
    }

    @Test
    void anOrdinaryWordIsNoVillage() {
        // Перемога, Дружба, Мирне and Степове are villages of the front-line oblasts
        assertThat(found("Победа и дружба народов: мирное небо над степью. День Победы отметили скромно.",
                Language.RU)).isEmpty();
        assertThat(found("Перемога буде за нами, а Дружба між народами — понад усе.", Language.UK)).isEmpty();
    }

    @Test
    void aSurnameOrRiverLikeACodifierVillageIsNoPlaceInEnglish() {
        assertThat(found("said HRWP director Iryna Sokil.", Language.EN)).isEmpty();
        assertThat(found("The town lies on the Siverskyi Donets river.", Language.EN)).isEmpty();
        assertThat(found("dozens of bodies lie in the fields outside Predtechyne.", Language.EN))
                .containsExactly("Predtechyne=Predtechyne/UA-14");
    }

    @Test
    void aNameIsNotReadIntoAnUnlikelyEnding() {
        assertThat(found("сообщил зампред регулятора Габуния.", Language.RU)).isEmpty();
    }
}
