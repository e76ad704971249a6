package org.frontwatch.extract.event;

import java.util.List;

/**
 * Phrases of cue words (a rule's contexts of one or more words, "every week", "пригрозил"), looked for at a word by
 * first asking whether any phrase can begin there ({@link CueWordSet} of their first words). Immutable, thread-safe.
 */
final class CuePhrases {
    static final CuePhrases NONE = new CuePhrases(List.of());

    private final List<List<CueWord>> phrases;
    private final CueWordSet firstWords;

    CuePhrases(List<List<CueWord>> phrases) {
        this.phrases = List.copyOf(phrases);
        this.firstWords = CueWordSet.of(phrases.stream().map(phrase -> phrase.get(0)).toList());
    }

    /** Whether a phrase begins at word {@code at} of {@code forms} and ends by word {@code end} (exclusive). */
    boolean anyAt(List<List<String>> forms, int at, int end) {
        if (!firstWords.matches(forms.get(at))) {
            return false;
        }
        for (List<CueWord> phrase : phrases) {
            if (at + phrase.size() <= end && SentenceRules.matchesAt(phrase, forms, at)) {
                return true;
            }
        }
        return false;
    }
}
