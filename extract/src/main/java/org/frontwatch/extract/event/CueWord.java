package org.frontwatch.extract.event;

import java.util.List;
import org.frontwatch.extract.text.NormalForms;
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
        for (int k = 0, size = forms.size(); k < size; k++) {
            if (matchesForm(forms.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one form matches: the first characters are compared before anything else, since nearly every
     * comparison fails there and cues are matched against every word of a sentence.
     */
    private boolean matchesForm(String candidate) {
        if (form.isEmpty()) {
            return prefix || candidate.isEmpty();
        }
        if (candidate.isEmpty() || candidate.charAt(0) != form.charAt(0)) {
            return false;
        }
        return prefix ? candidate.startsWith(form) : candidate.equals(form);
    }

    /** The forms a cue word is matched against: the normal text, then the lemmas (computed once by the token). */
    static List<String> forms(Token token) {
        return token.loweredForms();
    }

    boolean matches(Token token) {
        return matchesTokenBy(token, this::matchesForm);
    }

    /** Whether {@code matchesForm} accepts the token's normal text or one of its lemmas. */
    static boolean matchesTokenBy(Token token, java.util.function.Predicate<String> matchesForm) {
        if (matchesForm.test(token.lowered())) {
            return true;
        }
        for (String lemma : token.lemmas()) {
            if (matchesForm.test(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** Lowercase with one apostrophe ({@link NormalForms#lowered}). */
    static String normal(String word) {
        return NormalForms.lowered(word);
    }
}
