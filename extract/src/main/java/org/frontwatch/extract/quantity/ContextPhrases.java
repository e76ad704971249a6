package org.frontwatch.extract.quantity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontwatch.extract.quantity.WordScanner.Piece;

/**
 * The phrases of one kind of {@code figure-context.tsv}, found by their first word and by their last (a whole word by
 * a look-up, a word's beginning by a walk over the few that have one) instead of tried one by one: a text's every
 * piece is asked whether a share word starts there. Split from {@link FigureContext}. Immutable.
 */
final class ContextPhrases {
    /** A phrase word: a piece's whole lowercase text, or with {@code prefix} its beginning ("territor*"). */
    private record Word(String text, boolean prefix) {
        static Word of(String word) {
            return word.endsWith("*") ? new Word(word.substring(0, word.length() - 1), true) : new Word(word, false);
        }

        boolean matches(Piece piece) {
            return prefix ? piece.lower().startsWith(text) : piece.lower().equals(text);
        }
    }

    private final Map<String, List<List<Word>>> byFirst = new HashMap<>();
    private final List<List<Word>> firstPrefix = new ArrayList<>();
    private final Map<String, List<List<Word>>> byLast = new HashMap<>();
    private final List<List<Word>> lastPrefix = new ArrayList<>();

    /** The phrases: lowercase words separated by spaces, a word ending in "*" matching a word's beginning. */
    ContextPhrases(List<String> phrases) {
        for (String phrase : phrases) {
            List<Word> words = Arrays.stream(phrase.split(" ")).map(Word::of).toList();
            index(words, words.get(0), byFirst, firstPrefix);
            index(words, words.get(words.size() - 1), byLast, lastPrefix);
        }
    }

    private static void index(List<Word> words, Word key, Map<String, List<List<Word>>> byWord,
                              List<List<Word>> prefixed) {
        if (key.prefix()) {
            prefixed.add(words);
        } else {
            byWord.computeIfAbsent(key.text(), k -> new ArrayList<>()).add(words);
        }
    }

    /** The length of the longest phrase starting at piece {@code index}, or 0. */
    int startingAt(List<Piece> pieces, int index) {
        if (index < 0 || index >= pieces.size()) {
            return 0;
        }
        int best = longestFrom(pieces, index, byFirst.getOrDefault(pieces.get(index).lower(), List.of()), 0);
        return longestFrom(pieces, index, firstPrefix, best);
    }

    /** The length of the longest phrase ending right before piece {@code index}, or 0. */
    int endingAt(List<Piece> pieces, int index) {
        if (index < 1 || index > pieces.size()) {
            return 0;
        }
        int best = longestBefore(pieces, index, byLast.getOrDefault(pieces.get(index - 1).lower(), List.of()), 0);
        return longestBefore(pieces, index, lastPrefix, best);
    }

    private static int longestFrom(List<Piece> pieces, int index, List<List<Word>> phrases, int best) {
        for (List<Word> words : phrases) {
            int size = words.size();
            if (size <= best || index + size > pieces.size()) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < size && matches; k++) {
                matches = words.get(k).matches(pieces.get(index + k));
            }
            best = matches ? size : best;
        }
        return best;
    }

    private static int longestBefore(List<Piece> pieces, int index, List<List<Word>> phrases, int best) {
        for (List<Word> words : phrases) {
            int size = words.size();
            if (size <= best || index - size < 0) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < size && matches; k++) {
                matches = words.get(k).matches(pieces.get(index - size + k));
            }
            best = matches ? size : best;
        }
        return best;
    }
}
