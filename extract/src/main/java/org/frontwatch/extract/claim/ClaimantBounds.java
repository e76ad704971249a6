package org.frontwatch.extract.claim;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.frontwatch.extract.text.Token;
import org.frontwatch.extract.text.TokenKind;
import org.frontwatch.model.Mention;
import org.frontwatch.model.Span;

/**
 * Where a claimant's name begins and ends inside the phrase around a speech verb: without time words, venues and
 * places of speaking, and the name before a relative pronoun ("Губернатор Александр Богомаз, который сообщал"). Split
 * from {@link ClaimantPhraseReader}, which finds the phrases. Immutable.
 */
final class ClaimantBounds {
    private static final java.util.Set<String> LOCATIVE = java.util.Set.of("в", "во", "на", "у", "in", "on", "at");

    private final ClaimantWords vocabulary;

    ClaimantBounds(ClaimantWords vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Whether the phrase opens with a relative pronoun right after a comma ("…, который сообщал"). */
    boolean opensWithRelative(List<Token> tokens, int first) {
        return vocabulary.is("relative", tokens.get(first).lowercase()) && first >= 2
                && tokens.get(first - 1).text().equals(",");
    }

    /**
     * The capitalised name right before the comma of a relative pronoun at {@code relative} ("Александр Богомаз,
     * который"), found on real Telegram news posts; empty when no capitalised word stands there.
     */
    Optional<Span> nameBeforeRelative(List<Token> tokens, int relative) {
        int last = relative - 2;
        int name = last;
        while (name >= 0 && tokens.get(name).kind() == TokenKind.WORD
                && Character.isUpperCase(tokens.get(name).text().codePointAt(0))) {
            name--;
        }
        return name == last ? Optional.empty()
                : Optional.of(new Span(tokens.get(name + 1).span().start(), tokens.get(last).span().end()));
    }

    /**
     * A claimant phrase without the words around the name: time adverbs at either end ("Тем временем местный минздрав",
     * "Олег Кипер также", "утром во вторник Лысак"); walking on, the place, occasion or venue before the name
     * ("сообщил на брифинге в Женеве замгенсека X", "в утренней сводке Минобороны"); and where the claimant said it
     * ("Зеленский в телеграме", "journalists in Magnitogorsk"). Words of an organisation mention stay.
     */
    int[] trimmed(List<Token> tokens, int first, int last, int direction, List<Mention> organisations) {
        java.util.function.IntPredicate organisation = k -> organisations.stream()
                .anyMatch(o -> o.span().overlaps(tokens.get(k).span()));
        java.util.function.IntPredicate adverb = k -> vocabulary.is("adverb", tokens.get(k).lowercase());
        java.util.function.IntPredicate preposition = k -> tokens.get(k).kind() == TokenKind.WORD
                && vocabulary.is("preposition", tokens.get(k).lowercase());
        while (first <= last && !organisation.test(first) && (adverb.test(first)
                || first + 1 < last && preposition.test(first) && adverb.test(first + 1))) {
            first += adverb.test(first) ? 1 : 2;
        }
        while (last >= first && (adverb.test(last) || last + 1 < tokens.size() && preposition.test(last)
                && adverb.test(last + 1)) && !organisation.test(last)) {
            last--;
        }
        if (direction > 0) {
            while (first + 2 <= last && preposition.test(first) && !organisation.test(first + 1)) {
                first += 2;
            }
            // "в утренней сводке Министерство обороны", "в своем телеграм-канале глава района", "журналистам
            // пресс-секретарь" (an organisation after an addressee noun is told: see isAddressee)
            boolean named = IntStream.rangeClosed(first, last).anyMatch(organisation);
            while (first < last && !organisation.test(first) && (vocabulary.is("venue", tokens.get(first).lowercase())
                    || !named && vocabulary.is("addressee", tokens.get(first).lowercase()))) {
                first++;
            }
            while (first < last && adverb.test(first) && !organisation.test(first)) {
                first++;
            }
        }
        if (IntStream.rangeClosed(first, last).noneMatch(organisation)) {
            for (int k = last - 1; k > first; k--) {
                if (preposition.test(k) && LOCATIVE.contains(tokens.get(k).lowercase())) {
                    last = k - 1;
                    break;
                }
            }
        }
        return new int[] {first, last};
    }
}
