package org.frontwatch.extract.event;

import java.util.List;
import java.util.Locale;
import org.frontwatch.extract.text.Token;

/**
 * One word of a cue: an exact lowercase form or lemma, or with a trailing {@code *} a prefix of the word or of one
 * of its lemmas.
 */
record CueWord(String form, boolean prefix) {
    static CueWord parse(String written) {
        String lower = normal(written);
        return lower.endsWith("*") ? new CueWord(lower.substring(0, lower.length() - 1), true)
                : new CueWord(lower, false);
    }

    /** Whether one of a word's forms (its {@link #normal} text and lemmas) matches this cue word. */
    boolean matches(List<String> forms) {
        for (String candidate : forms) {
            if (prefix ? candidate.startsWith(form) : candidate.equals(form)) {
                return true;
            }
        }
        return false;
    }

    /** The forms a cue word is matched against: the normal text, then the lemmas. */
    static List<String> forms(Token token) {
        if (token.lemmas().isEmpty()) {
            return List.of(normal(token.text()));
        }
        List<String> forms = new java.util.ArrayList<>(token.lemmas().size() + 1);
        forms.add(normal(token.text()));
        for (String lemma : token.lemmas()) {
            forms.add(normal(lemma));
        }
        return forms;
    }

    boolean matches(Token token) {
        String lower = normal(token.text());
        if (prefix ? lower.startsWith(form) : lower.equals(form)) {
            return true;
        }
        for (String lemma : token.lemmas()) {
            if (prefix ? lemma.startsWith(form) : lemma.equals(form)) {
                return true;
            }
        }
        return false;
    }

    /** Lowercase with one apostrophe; the word itself (no copy) when it is already so, as most words are. */
    static String normal(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isUpperCase(c) || c == '’' || c == 'ʼ') {
                return word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
            }
        }
        return word;
    }
}
