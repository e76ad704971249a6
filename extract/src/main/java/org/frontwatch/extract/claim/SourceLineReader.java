package org.frontwatch.extract.claim;

import java.util.List;
import java.util.Optional;
import org.frontwatch.extract.mention.SourceLine;
import org.frontwatch.model.Mention;
import org.frontwatch.model.Span;

/**
 * Reads the source line that closes an item of a repost chain ({@link SourceLine}: "Источник: «Псков сегодня»"): the
 * organisation it names claims the figures of its item (the lines since the last blank line) that no one else in
 * them claims. Split from {@link ClaimFinder}. Immutable.
 */
final class SourceLineReader {
    private SourceLineReader() {
    }

    /**
     * The organisation named on the source line of the item {@code sentence} belongs to: the first such line after
     * the sentence and before the next blank line.
     */
    static Optional<Claimant> after(String text, Span sentence, List<Mention> organisations) {
        int blockEnd = text.indexOf("\n\n", sentence.end());
        int nameStart = SourceLine.nameStartBetween(text, sentence.end(), blockEnd < 0 ? text.length() : blockEnd);
        if (nameStart < 0) {
            return Optional.empty();
        }
        int lineEnd = text.indexOf('\n', nameStart);
        int end = lineEnd < 0 ? text.length() : lineEnd;
        return organisations.stream().filter(o -> o.span().start() >= nameStart && o.span().end() <= end)
                .findFirst().map(o -> new Claimant(o.text(), Optional.of(o.key()), 0));
    }
}
