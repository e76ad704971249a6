package org.frontwatch.extract.quantity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.frontwatch.extract.LexiconFile;
import org.frontwatch.extract.quantity.WordScanner.Piece;

/**
 * Phrases of lowercase words with what each stands for, read from a lexicon of two columns: the bounds of
 * {@code bounds.tsv} ("at least" is "low", "up to" is "high") and the periods of {@code periods.tsv} ("a day",
 * "за добу" are "day"). Split from {@link QuantityFinder}. Immutable.
 */
final class PhraseList {
    private final List<Phrase> phrases;

    /** A phrase of lowercase words and what it stands for (a bound kind or a period). */
    record Phrase(String meaning, List<String> words) {
    }

    PhraseList(String resource) {
        List<Phrase> read = new ArrayList<>();
        for (LexiconFile.Row row : LexiconFile.read(resource).rows()) {
            read.add(new Phrase(row.cell(0), Arrays.asList(row.cell(1).split(" "))));
        }
        phrases = List.copyOf(read);
    }

    /** The longest phrase whose words end just before piece {@code index} ("at least" before "300"). */
    Optional<Phrase> endingAt(List<Piece> pieces, int index) {
        Phrase best = null;
        for (Phrase phrase : phrases) {
            int size = phrase.words().size();
            if (index - size < 0 || (best != null && best.words().size() >= size)) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < size && matches; k++) {
                matches = pieces.get(index - size + k).lower().equals(phrase.words().get(k));
            }
            if (matches) {
                best = phrase;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The longest phrase whose words start at piece {@code index} ("a day" after "300 men"). */
    Optional<Phrase> startingAt(List<Piece> pieces, int index) {
        Phrase best = null;
        for (Phrase phrase : phrases) {
            int size = phrase.words().size();
            if (index + size > pieces.size() || (best != null && best.words().size() >= size)) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < size && matches; k++) {
                matches = pieces.get(index + k).lower().equals(phrase.words().get(k));
            }
            if (matches) {
                best = phrase;
            }
        }
        return Optional.ofNullable(best);
    }
}
