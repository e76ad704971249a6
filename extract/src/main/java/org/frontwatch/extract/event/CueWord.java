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
        for (String candidate : forms) {
            if (prefix ? candidate.startsWith(form) : candidate.equals(form)) {
                return true;
            }
        }
        return false;
    }

    /** The forms a cue word is matched against: the normal text, then the lemmas (computed once by the token). */
    static List<String> forms(Token token) {
        return token.loweredForms();
    }

    boolean matches(Token token) {
        String lower = token.lowered();
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

    /** Lowercase with one apostrophe ({@link NormalForms#lowered}). */
    static String normal(String word) {
        return NormalForms.lowered(word);
    }
}
