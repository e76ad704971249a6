package org.frontwatch.extract.event;

import java.util.Locale;
import org.frontwatch.extract.text.Token;

/**
 * One word of a cue: an exact lowercase form or lemma, or with a trailing {@code *} a prefix of the word or of one
 * of its lemmas.
 */
record CueWord(String form, boolean prefix) {
    static CueWord parse(String written) {
        String lower = written.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
        return lower.endsWith("*") ? new CueWord(lower.substring(0, lower.length() - 1), true)
                : new CueWord(lower, false);
    }

    boolean matches(Token token) {
        String lower = token.text().toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
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
}
