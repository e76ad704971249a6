package org.frontwatch.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.frontwatch.extract.quantity.NumberReader.Read;
import org.frontwatch.model.Span;
import org.junit.jupiter.api.Test;

class NumberReaderTest {
    private static final NumberReader READER =
            new NumberReader(new NumberWords("/org/frontwatch/extract/quantity/number-words.tsv"));

    private static Optional<Read> readFirst(String text) {
        return readAt(text, 0);
    }

    private static Optional<Read> readAt(String text, int piece) {
        List<WordScanner.Piece> pieces = READER.withNumberWordRangesSplit(WordScanner.scan(text));
        return READER.read(text, pieces, piece, List.of());
    }

    @Test
    void readsEnglishDigitsWithAThousandsSeparator() {
        assertThat(readFirst("1,000 men")).hasValueSatisfying(read -> {
            assertThat(read.low()).isEqualTo(1000);
            assertThat(read.high()).contains(1000L);
            assertThat(read.scaled()).isFalse();
        });
    }

    @Test
    void readsRussianDigitsScaledByAMultiplierWord() {
        assertThat(readFirst("1,5 тыс. военных")).hasValueSatisfying(read -> {
            assertThat(read.low()).isEqualTo(1500);
            assertThat(read.scaled()).isTrue();
        });
    }

    @Test
    void readsUkrainianHalfOfAHundredAsOneHundredFifty() {
        assertThat(readFirst("півтори сотні бійців")).hasValueSatisfying(read -> {
            assertThat(read.low()).isEqualTo(150);
            assertThat(read.vague()).isFalse();
        });
    }

    @Test
    void readsAVaguePluralAsAnOpenFigureFromTwiceItsOrder() {
        assertThat(readFirst("hundreds of soldiers")).hasValueSatisfying(read -> {
            assertThat(read.low()).isEqualTo(200);
            assertThat(read.high()).isEmpty();
            assertThat(read.vague()).isTrue();
        });
    }

    @Test
    void splitsTwoRussianNumberWordsJoinedByAHyphenIntoARange() {
        List<WordScanner.Piece> pieces = READER.withNumberWordRangesSplit(WordScanner.scan("пять-шесть человек"));
        assertThat(pieces).extracting(WordScanner.Piece::text).startsWith("пять", "-", "шесть");
    }

    @Test
    void readsNoNumberGluedToLettersOrTakenByADate() {
        assertThat(readAt("Т-72 подбит", 2)).isEmpty();
        assertThat(readFirst("1439-й полк")).isEmpty();
        assertThat(readFirst("12 военных")).isPresent();
        String dated = "12 марта";
        assertThat(READER.read(dated, WordScanner.scan(dated), 0, List.of(new Span(0, 8)))).isEmpty();
    }
}
