package org.frontwatch.extract.claim;

import java.util.List;
import java.util.Optional;
import org.frontwatch.model.Span;

/**
 * The turns of a Q/A interview or a transcript with speaker labels, as {@link DialogueReader} reads them: who speaks
 * each line. Empty for a text that is neither. Immutable.
 */
record Dialogue(List<Turn> turns) {
    /** No interview and no transcript: every figure is claimed as the sentence alone says. */
    static final Dialogue NONE = new Dialogue(List.of());

    Dialogue {
        turns = List.copyOf(turns);
    }

    /**
     * One line of the dialogue: its span, where its words start after the speaker's label, and who speaks them —
     * empty for a question, or for the outlet's own voice (an anchor, a reporter, a caption), which claims nothing.
     */
    record Turn(Span line, int wordsStart, Optional<String> speaker) {
        Turn {
            if (wordsStart < line.start() || wordsStart > line.end()) {
                throw new IllegalArgumentException("a turn's words must start inside its line: wordsStart="
                        + wordsStart + ", line=" + line);
            }
            if (speaker.isPresent() && speaker.get().isBlank()) {
                throw new IllegalArgumentException("a turn's speaker must not be blank: line=" + line);
            }
        }

        /** Whether the words of this turn (not its label) hold {@code span}. */
        boolean holds(Span span) {
            return span.start() >= wordsStart && span.end() <= line.end();
        }
    }

    /** The turn whose words hold {@code span}, if any. */
    Optional<Turn> holding(Span span) {
        return turns.stream().filter(t -> t.holds(span)).findFirst();
    }

    /** The turn whose line overlaps {@code span} (a sentence that opens with the label), if any. */
    Optional<Turn> overlapping(Span span) {
        return turns.stream().filter(t -> t.line().overlaps(span)).findFirst();
    }
}
