package org.frontwatch.extract.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.frontwatch.extract.text.Token;

/**
 * Cue words asked together whether any of them matches a word: one hash look-up per form of the word for the exact
 * words, and for the prefixes only those that begin with the form's first letter, instead of one comparison per cue
 * word. Matches exactly as asking each {@link CueWord} would. Immutable, thread-safe.
 */
final class CueWordSet {
    static final CueWordSet EMPTY = of(List.of());

    private final Set<String> exact;
    /** The distinct first letters of the prefixes, sorted; {@code prefixes[k]} are those that begin with the k-th. */
    private final char[] prefixLetters;
    private final String[][] prefixes;
    /** An empty prefix ({@code *}) matches every word. */
    private final boolean everyWord;

    private CueWordSet(Set<String> exact, char[] prefixLetters, String[][] prefixes, boolean everyWord) {
        this.exact = exact;
        this.prefixLetters = prefixLetters;
        this.prefixes = prefixes;
        this.everyWord = everyWord;
    }

    static CueWordSet of(Collection<CueWord> words) {
        Set<String> exact = new HashSet<>();
        TreeMap<Character, List<String>> byLetter = new TreeMap<>();
        boolean everyWord = false;
        for (CueWord word : words) {
            if (!word.prefix()) {
                exact.add(word.form());
            } else if (word.form().isEmpty()) {
                everyWord = true;
            } else {
                byLetter.computeIfAbsent(word.form().charAt(0), letter -> new ArrayList<>()).add(word.form());
            }
        }
        char[] letters = new char[byLetter.size()];
        String[][] prefixes = new String[byLetter.size()][];
        int k = 0;
        for (var entry : byLetter.entrySet()) {
            letters[k] = entry.getKey();
            prefixes[k++] = entry.getValue().toArray(String[]::new);
        }
        return new CueWordSet(Set.copyOf(exact), letters, prefixes, everyWord);
    }

    boolean isEmpty() {
        return exact.isEmpty() && prefixLetters.length == 0 && !everyWord;
    }

    /** Whether a cue word matches one of a word's forms (its normal text and lemmas, {@link CueWord#forms}). */
    boolean matches(List<String> forms) {
        for (int k = 0, size = forms.size(); k < size; k++) {
            if (matchesForm(forms.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cue word matches a token as {@link CueWord#matches(Token)} does: its normal text or a lemma. */
    boolean matches(Token token) {
        return CueWord.matchesTokenBy(token, this::matchesForm);
    }

    /** Whether a cue word matches one form of a word. */
    boolean matchesForm(String form) {
        if (everyWord || exact.contains(form)) {
            return true;
        }
        if (form.isEmpty() || prefixLetters.length == 0) {
            return false;
        }
        int letter = Arrays.binarySearch(prefixLetters, form.charAt(0));
        if (letter < 0) {
            return false;
        }
        for (String prefix : prefixes[letter]) {
            if (form.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
