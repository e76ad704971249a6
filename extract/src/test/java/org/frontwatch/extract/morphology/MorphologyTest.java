package org.frontwatch.extract.morphology;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

class MorphologyTest {
    private final Morphology morphology = Morphology.bundled();

    @Test
    void lemmatisesInflectedRussianRegionWordsWrittenWithCapitals() {
        assertThat(morphology.lemmas("Иркутской", Language.RU)).contains("иркутский");
        assertThat(morphology.lemmas("области", Language.RU)).contains("область");
        assertThat(morphology.lemmas("Бурятии", Language.RU)).contains("бурятия");
    }

    @Test
    void lemmatisesUkrainianProperNamesCaseSensitivelyThenLowercase() {
        assertThat(morphology.lemmas("Авдіївки", Language.UK)).contains("авдіївка");
        assertThat(morphology.lemmas("Донеччини", Language.UK)).contains("донеччина");
        assertThat(morphology.lemmas("ОБЛАСТІ", Language.UK)).contains("область");
        assertThat(morphology.isGeographicName("Бахмутом", Language.UK)).isTrue();
    }

    @Test
    void keepsTheAdjectiveReadingOfAUkrainianPlaceNameWrittenWithACapital() {
        assertThat(morphology.lemmas("Приморського", Language.UK)).contains("приморський");
    }

    @Test
    void acceptsTypographicApostrophesInUkrainian() {
        assertThat(morphology.lemmas("п’ять", Language.UK)).contains("п'ять");
        assertThat(morphology.lemmas("пʼять", Language.UK)).contains("п'ять");
    }

    @Test
    void givesNoLemmasForEnglishOrUnknownWords() {
        assertThat(morphology.lemmas("regiment", Language.EN)).isEmpty();
        assertThat(morphology.lemmas("Щрвфыхз", Language.RU)).isEmpty();
    }

    @Test
    void answersFromManyThreadsAlike() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<java.util.Set<String>>>();
            for (int i = 0; i < 64; i++) {
                futures.add(pool.submit(() -> morphology.lemmas("мобилизованных", Language.RU)));
            }
            for (var future : futures) {
                assertThat(future.get()).contains("мобилизовать");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
