package org.frontwatch.extract.mention;

import java.util.List;
import java.util.function.Function;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.model.Mention;

/**
 * The mentions a finder found in the text it read last, kept for the next caller that asks about the same text (the
 * same object): the extractor asks {@link RegionFinder} and {@link OrganisationFinder} first, then
 * {@link PlaceFinder} asks for the text's regions and {@link PersonFinder} for its organisations, which are then not
 * read a second time. One text only, replaced by the next: another thread's text asked for in between costs that
 * reading again, nothing else. Thread-safe: the one entry is immutable and read and written whole.
 */
final class LastTextMentions {
    private volatile Entry last;

    private record Entry(AnalysedText text, List<Mention> mentions) {
    }

    /** The mentions of {@code text}: those kept if it is the text read last, else {@code read}'s, then kept. */
    List<Mention> of(AnalysedText text, Function<AnalysedText, List<Mention>> read) {
        Entry kept = last;
        if (kept != null && kept.text() == text) {
            return kept.mentions();
        }
        List<Mention> mentions = List.copyOf(read.apply(text));
        last = new Entry(text, mentions);
        return mentions;
    }
}
