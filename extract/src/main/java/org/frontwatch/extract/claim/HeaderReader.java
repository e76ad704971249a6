package org.frontwatch.extract.claim;

import static org.frontwatch.extract.claim.ClaimantPhraseReader.QUOTES;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.frontwatch.extract.text.Token;
import org.frontwatch.extract.text.TokenKind;
import org.frontwatch.model.Mention;
import org.frontwatch.model.Span;

/**
 * Reads the claimant a sentence opens with as a header, "Генштаб ВСУ: за сутки …". Split from {@link ClaimFinder},
 * which reads the claimants around attribution cues. Immutable.
 */
final class HeaderReader {
    private static final int MAX_HEADER_WORDS = 4;

    private final ClaimantWords vocabulary;
    private final ClaimantPhraseReader phrases;

    HeaderReader(ClaimantWords vocabulary, ClaimantPhraseReader phrases) {
        this.vocabulary = vocabulary;
        this.phrases = phrases;
    }

    /**
     * "Генштаб ВСУ: за сутки …" — a capitalised name of a few words and a colon opening the sentence. The name must
     * be an organisation or hold a speaker word ("Губернатор", "Spokesman", "Oryol governor"); a place or a topic
     * alone before the colon ("Авдеевка: …", "Подмосковье и Якутия: …") is a headline's subject, not its source. It governs only what
     * follows the colon.
     */
    Optional<Claimant> read(String text, List<Token> tokens, List<Mention> organisations) {
        int first = 0;
        // a digest's bullet or keycap number ("3️⃣", "•") is no part of the name
        while (first < tokens.size() && (tokens.get(first).kind() != TokenKind.WORD
                || tokens.get(first).text().codePoints().noneMatch(Character::isLetter))) {
            first++;
        }
        for (int colon = first + 1; colon < tokens.size() && colon <= first + MAX_HEADER_WORDS; colon++) {
            Token token = tokens.get(colon);
            if (token.text().equals(":")) {
                if (colon + 1 >= tokens.size() || QUOTES.indexOf(tokens.get(colon + 1).text().charAt(0)) >= 0
                        || !Character.isUpperCase(tokens.get(first).text().charAt(0))) {
                    return Optional.empty();
                }
                Span name = new Span(tokens.get(first).span().start(), tokens.get(colon - 1).span().end());
                boolean organisation = organisations.stream().anyMatch(o -> name.overlaps(o.span()));
                boolean speaker = tokens.subList(first, colon).stream()
                        .anyMatch(t -> vocabulary.is("speaker", t.lowercase()));
                // a speaker word keeps a place in the name ("Oryol governor: …", "Kharkiv mayor: …")
                if (!organisation && !speaker) {
                    return Optional.empty();
                }
                final int at = colon;
                return phrases.read(text, tokens, colon - 1, -1, organisations, List.of(), colon, new HashSet<>())
                        .map(c -> new Claimant(c.name(), c.key(), at, true));
            }
            if (token.kind() == TokenKind.PUNCTUATION && QUOTES.indexOf(token.text().charAt(0)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
