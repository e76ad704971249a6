package org.frontwatch.extract.text;

/**
 * The two normal forms words are compared in. A {@link Token} computes both once for its text and lemmas, so that
 * the finders, which look at every token many times, never lower-case the same word twice.
 */
public final class NormalForms {
    private NormalForms() {
    }

    /**
     * The form names and context words are compared in: lowercase character by character, ё as е, typographic
     * apostrophes as ', soft hyphens dropped, Unicode hyphens as '-'.
     */
    public static String folded(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'ё', 'Ё' -> out.append('е');
                case '\u2019', '\u02BC', '`', '\u2018' -> out.append('\'');
                case '\u00AD' -> { }
                case '\u2010', '\u2011' -> out.append('-');
                default -> out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /**
     * The form cue words are compared in: lowercase (in the root locale) with ’ and ʼ as '; the word itself (no
     * copy) when it is already so, as most words are.
     */
    public static String lowered(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isUpperCase(c) || c == '’' || c == 'ʼ') {
                return word.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
            }
        }
        return word;
    }
}
