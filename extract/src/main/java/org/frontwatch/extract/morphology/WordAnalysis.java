package org.frontwatch.extract.morphology;

import java.util.Objects;

/**
 * One reading of a word form in the morphological dictionary: its lemma (lowercase) and the dictionary's tag,
 * e.g. {@code авдіївка} with {@code noun:inanim:f:v_rod:prop:geo} or {@code иркутский} with
 * {@code ADJ:Posit:Fem:R}.
 */
public record WordAnalysis(String lemma, String tag) {
    public WordAnalysis {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(tag, "tag");
        if (lemma.isEmpty()) {
            throw new IllegalArgumentException("lemma must not be empty: tag=" + tag);
        }
    }

    /** Whether the dictionary marks this reading as a geographical proper name ({@code prop:geo}). */
    public boolean isGeographicName() {
        return tag.contains("prop:geo");
    }

    /** Whether the dictionary marks this reading as a personal name (first name, surname or patronymic). */
    public boolean isPersonalName() {
        return tag.contains("prop:fname") || tag.contains("prop:lname") || tag.contains("prop:pname")
                || tag.contains(":Name") || tag.contains(":Fam") || tag.contains(":Patr");
    }
}
