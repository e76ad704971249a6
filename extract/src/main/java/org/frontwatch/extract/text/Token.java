package org.frontwatch.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.frontwatch.model.Span;

/**
 * One token of a text with its span and the lemmas the morphological dictionary gives for it (lowercase; empty for
 * numbers, punctuation and words the dictionary does not know).
 *
 * <p>A value like a record (equal when text, span, kind and lemmas are), but a class so that it can keep the
 * {@link NormalForms} of its text and lemmas, computed once here instead of again by every finder for every
 * candidate: lower-casing was a quarter of the extractor's time before.
 */
public final class Token {
    private final String text;
    private final Span span;
    private final TokenKind kind;
    private final Set<String> lemmas;
    private final String folded;
    private final List<String> foldedLemmas;
    private final String lowercase;
    private final List<String> loweredForms;

    public Token(String text, Span span, TokenKind kind, Set<String> lemmas) {
        this.text = Objects.requireNonNull(text, "text");
        this.span = Objects.requireNonNull(span, "span");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.lemmas = Set.copyOf(lemmas);
        this.folded = NormalForms.folded(text);
        this.lowercase = text.toLowerCase(Locale.ROOT);
        if (this.lemmas.isEmpty()) {
            this.foldedLemmas = List.of();
            this.loweredForms = List.of(NormalForms.lowered(text));
        } else {
            List<String> foldedList = new ArrayList<>(this.lemmas.size());
            List<String> loweredList = new ArrayList<>(this.lemmas.size() + 1);
            loweredList.add(NormalForms.lowered(text));
            // in sorted order: a set's iteration order differs from one JVM run to the next, and a reader that takes
            // the first of two equally good lemmas (NominativeName) must answer the same every run
            String[] ordered = this.lemmas.toArray(new String[0]);
            Arrays.sort(ordered);
            for (String lemma : ordered) {
                foldedList.add(NormalForms.folded(lemma));
                loweredList.add(NormalForms.lowered(lemma));
            }
            this.foldedLemmas = List.copyOf(foldedList);
            this.loweredForms = List.copyOf(loweredList);
        }
    }

    public String text() {
        return text;
    }

    public Span span() {
        return span;
    }

    public TokenKind kind() {
        return kind;
    }

    /** The lemmas, lowercase; empty for numbers, punctuation and unknown words. */
    public Set<String> lemmas() {
        return lemmas;
    }

    /** The text in {@link NormalForms#folded} form. */
    public String folded() {
        return folded;
    }

    /** The lemmas in {@link NormalForms#folded} form, in the sorted order of the lemmas. */
    public List<String> foldedLemmas() {
        return foldedLemmas;
    }

    /**
     * The text in {@link NormalForms#lowered} form, then the lemmas in that form in the sorted order of the lemmas:
     * what a cue word is matched against.
     */
    public List<String> loweredForms() {
        return loweredForms;
    }

    /** The text lowercase in the root locale ({@code text().toLowerCase(Locale.ROOT)}), computed once. */
    public String lowercase() {
        return lowercase;
    }

    /** The text in {@link NormalForms#lowered} form. */
    public String lowered() {
        return loweredForms.get(0);
    }

    /** Whether the token's lowercase form or one of its lemmas is {@code lemma}. */
    public boolean hasLemma(String lemma) {
        return lemmas.contains(lemma) || lowercase.equals(lemma);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Token that && text.equals(that.text) && span.equals(that.span) && kind == that.kind
                && lemmas.equals(that.lemmas);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, span, kind, lemmas);
    }

    @Override
    public String toString() {
        return "Token[text=" + text + ", span=" + span + ", kind=" + kind + ", lemmas=" + lemmas + "]";
    }
}
