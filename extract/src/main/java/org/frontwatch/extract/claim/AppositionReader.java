package org.frontwatch.extract.claim;

import static org.frontwatch.extract.claim.ClaimantPhraseReader.QUOTES;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.frontwatch.extract.text.Token;
import org.frontwatch.extract.text.TokenKind;
import org.frontwatch.model.Mention;
import org.frontwatch.model.Span;

/**
 * Reads the claimant named before an apposition or an aside set off by commas in front of a speech verb ("A second
 * channel, citing a source in the hospital, said", "Администратор чата, в котором больше 600 участников,
 * утверждает"), and tells which figures of the aside describe the claimant rather than being claimed. Split from
 * {@link ClaimFinder}, which tries it when the words right before a cue name nobody. Immutable.
 */
final class AppositionReader {
    private static final int MAX_ASIDE_TOKENS = 12;

    private final ClaimantWords vocabulary;
    private final AttributionCues cues;
    private final ClaimantPhraseReader phrases;

    AppositionReader(ClaimantWords vocabulary, AttributionCues cues, ClaimantPhraseReader phrases) {
        this.vocabulary = vocabulary;
        this.cues = cues;
        this.phrases = phrases;
    }

    /**
     * "A second channel, citing a source in the hospital, said": the claimant before an apposition or an aside set
     * off by commas; an organisation named in the aside ("X, a spokesman for the navy, said") gives its key.
     */
    Optional<Claimant> read(String text, List<Token> tokens, int cueAt, List<Mention> organisations,
                            List<Mention> figures, Set<Span> inside) {
        if (cueAt < 3 || !tokens.get(cueAt - 1).text().equals(",")) {
            return Optional.empty();
        }
        for (int comma = cueAt - 2; comma > 0 && comma >= cueAt - 2 - MAX_ASIDE_TOKENS; comma--) {
            Token token = tokens.get(comma);
            if (token.text().equals(",")) {
                if (comma == cueAt - 2) {
                    return Optional.empty();
                }
                Span aside = new Span(tokens.get(comma + 1).span().start(), tokens.get(cueAt - 2).span().end());
                if (!opensSentenceOrFollowsQuote(tokens, comma - 1)) {
                    return Optional.empty();
                }
                Optional<Claimant> named = phrases.read(text, tokens, comma - 1, -1, organisations, figures, comma,
                        new HashSet<>())
                        .filter(n -> n.key().isPresent() || n.cueAt() == lastBreak(tokens, n.cueAt() + 1));
                Optional<Mention> organisation = organisations.stream().filter(o -> aside.contains(o.span()))
                        .findFirst();
                boolean asideSpeaks = tokens.subList(comma + 1, cueAt - 1).stream()
                        .anyMatch(t -> cues.opensCue(t.lowercase()));
                boolean asideCounts = figures.stream().anyMatch(f -> aside.overlaps(f.span()));
                if (asideCounts && !describesClaimant(tokens, comma + 1)) {
                    // "Среди пострадавших один ребенок, четверо человек в тяжелом состоянии, заявил Кипер": a figure
                    // between commas is told, not the claimant's description
                    return Optional.empty();
                }
                if (named.isPresent() && !asideSpeaks) {
                    // "Администратор чата, в котором больше 600 участников, утверждает": the aside's figures
                    // describe the claimant; they are not claimed ("X, который сообщал о двух дронах, добавил"
                    // claims its aside's figure)
                    figures.stream().filter(f -> aside.contains(f.span())).forEach(f -> inside.add(f.span()));
                }
                return named.map(n -> n.key().isPresent() || organisation.isEmpty() ? n.at(cueAt)
                        : new Claimant(n.name(), Optional.of(organisation.get().key()), cueAt));
            }
            if (token.kind() == TokenKind.PUNCTUATION && QUOTES.indexOf(token.text().charAt(0)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the aside opening at {@code start} describes the name before it: a relative pronoun, after a
     * preposition or not ("в котором больше 600 участников", "у якому", "which has", "with 40,000 subscribers").
     */
    private boolean describesClaimant(List<Token> tokens, int start) {
        String first = tokens.get(start).lowercase();
        if (first.equals("with") || vocabulary.is("relative", first)) {
            return true;
        }
        return start + 1 < tokens.size() && vocabulary.is("preposition", first)
                && tokens.get(start + 1).lemmas().stream().anyMatch(lemma -> vocabulary.is("relative", lemma));
    }

    /**
     * Whether the words ending at {@code end} run back to the start of the sentence or to a quotation before them
     * ("A second channel, citing …", "…,\" Vyacheslav Gladkov, the governor, told"), as a subject before an aside does.
     */
    private static boolean opensSentenceOrFollowsQuote(List<Token> tokens, int end) {
        int k = end;
        while (k >= 0 && (tokens.get(k).kind() != TokenKind.PUNCTUATION && tokens.get(k).kind() != TokenKind.SYMBOL
                || tokens.get(k).text().equals("-") || tokens.get(k).text().equals("'")
                || tokens.get(k).text().equals("’"))) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        String stop = tokens.get(k).text();
        boolean quote = stop.length() == 1 && QUOTES.indexOf(stop.charAt(0)) >= 0;
        return quote || stop.equals("—") || stop.equals("–") || IntStream.range(0, k)
                .allMatch(j -> tokens.get(j).kind() != TokenKind.WORD && tokens.get(j).kind() != TokenKind.NUMBER);
    }

    /** Where the run of words and numbers ending before {@code at} begins: after the punctuation before it. */
    private static int lastBreak(List<Token> tokens, int at) {
        int k = at - 1;
        while (k >= 0 && tokens.get(k).kind() != TokenKind.PUNCTUATION && tokens.get(k).kind() != TokenKind.SYMBOL) {
            k--;
        }
        return k + 1;
    }
}
