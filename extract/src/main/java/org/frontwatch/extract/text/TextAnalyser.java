package org.frontwatch.extract.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.frontwatch.extract.morphology.Morphology;
import org.frontwatch.extract.text.Tokeniser.RawToken;
import org.frontwatch.model.Language;
import org.frontwatch.model.Span;

/**
 * Turns a text into sentences and tokens with offsets into the text as given, each word with its lemmas. Russian
 * and Ukrainian words are lemmatised with the language's dictionary, falling back to the other one for a Cyrillic
 * word it does not know (quotations, mixed posts); English words and {@link Language#OTHER} texts get no lemmas
 * ({@link Token#hasLemma} still matches the lowercase form). Immutable and safe to share between threads.
 *
 * <p>Tokens: see {@link Tokeniser} — in short, "1,439th" is the number "1,439" and the word "th"; "1439-й" is
 * "1439", "-", "й"; "Нью-Йорк" and "п’ять" are one word each; URLs and @names are one symbol.
 */
public final class TextAnalyser {
    private static final TextAnalyser BUNDLED = new TextAnalyser((Supplier<Morphology>) Morphology::bundled);

    private final Supplier<Morphology> morphology;

    /** An analyser over the given morphology. */
    public TextAnalyser(Morphology morphology) {
        Objects.requireNonNull(morphology, "morphology");
        this.morphology = () -> morphology;
    }

    private TextAnalyser(Supplier<Morphology> morphology) {
        this.morphology = morphology;
    }

    /** The analyser over the bundled dictionaries (read on first use). */
    public static TextAnalyser bundled() {
        return BUNDLED;
    }

    /** Sentences and tokens of {@code text}, each word with its lemmas in {@code language}. */
    public AnalysedText analyse(String text, Language language, Optional<LocalDate> published) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(published, "published");
        Morphology dictionaries = morphology.get();
        List<RawToken> raw = Tokeniser.tokenise(text);
        List<Integer> starts = SentenceSplitter.sentenceStarts(text, raw);
        List<Sentence> sentences = new ArrayList<>(starts.size());
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : raw.size();
            List<Token> tokens = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                RawToken token = raw.get(k);
                String surface = token.span().of(text);
                Set<String> lemmas = token.kind() == TokenKind.WORD
                        ? lemmas(dictionaries, surface, language) : Set.of();
                tokens.add(new Token(surface, token.span(), token.kind(), lemmas));
            }
            Span span = new Span(raw.get(from).span().start(), raw.get(to - 1).span().end());
            sentences.add(new Sentence(span, tokens));
        }
        return new AnalysedText(text, language, published, sentences);
    }

    private static Set<String> lemmas(Morphology morphology, String word, Language language) {
        if (language != Language.RU && language != Language.UK) {
            return Set.of();
        }
        Set<String> lemmas = morphology.lemmas(word, language);
        if (lemmas.isEmpty() && isCyrillic(word)) {
            lemmas = morphology.lemmas(word, language == Language.RU ? Language.UK : Language.RU);
        }
        return lemmas;
    }

    private static boolean isCyrillic(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }
}
