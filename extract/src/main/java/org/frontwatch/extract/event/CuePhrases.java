package org.frontwatch.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontwatch.extract.LexiconFile;

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

    /**
     * The phrases of a lexicon whose rows are a kind (one of {@code kinds}) and a phrase in cue-word syntax, by kind;
     * a kind without rows has {@link #NONE}.
     */
    static Map<String, CuePhrases> byKind(String resource, Set<String> kinds) {
        Map<String, List<List<CueWord>>> rows = new HashMap<>();
        LexiconFile file = LexiconFile.read(resource);
        for (LexiconFile.Row row : file.rows()) {
            if (!kinds.contains(row.cell(0))) {
                throw file.badRow(row, "unknown kind " + row.cell(0) + " (one of " + kinds + ")");
            }
            List<CueWord> phrase = new ArrayList<>();
            for (String word : row.cell(1).split(" ")) {
                phrase.add(CueWord.parse(word));
            }
            rows.computeIfAbsent(row.cell(0), kind -> new ArrayList<>()).add(phrase);
        }
        Map<String, CuePhrases> phrases = new HashMap<>();
        for (String kind : kinds) {
            phrases.put(kind, rows.containsKey(kind) ? new CuePhrases(rows.get(kind)) : NONE);
        }
        return Map.copyOf(phrases);
    }

    /** Whether any phrase occurs among the words {@code forms}. */
    boolean anyIn(List<List<String>> forms) {
        for (int i = 0; i < forms.size(); i++) {
            if (anyAt(forms, i, forms.size())) {
                return true;
            }
        }
        return false;
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
