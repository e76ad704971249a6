package org.frontwatch.extract.text;

import java.util.Arrays;
import java.util.Objects;
import org.frontwatch.model.Span;

/**
 * Plain text derived from a source (HTML, markup) with, for every {@code char} of the text, the source range it came
 * from — so that a mention found in the text can be reported at its offsets in the file as given. A character that
 * stands for an entity ("&amp;amp;") maps to the whole entity; an inserted line break maps to the tag that caused it.
 */
public final class SourceMappedText {
    private final String text;
    private final int[] sourceStarts;
    private final int[] sourceEnds;

    SourceMappedText(String text, int[] sourceStarts, int[] sourceEnds) {
        this.text = Objects.requireNonNull(text, "text");
        if (sourceStarts.length != text.length() || sourceEnds.length != text.length()) {
            throw new IllegalArgumentException("one source range per char expected: text length=" + text.length()
                    + ", starts=" + sourceStarts.length + ", ends=" + sourceEnds.length);
        }
        this.sourceStarts = sourceStarts.clone();
        this.sourceEnds = sourceEnds.clone();
    }

    /** The plain text. */
    public String text() {
        return text;
    }

    /** The source offset of the char at {@code offset} in the text. */
    public int sourceOffset(int offset) {
        if (offset < 0 || offset >= text.length()) {
            throw new IndexOutOfBoundsException("offset outside the text: offset=" + offset + ", length="
                    + text.length());
        }
        return sourceStarts[offset];
    }

    /** The source range covering the text span (from its first char's source start to its last char's end). */
    public Span sourceSpan(Span span) {
        if (span.end() > text.length()) {
            throw new IndexOutOfBoundsException("span outside the text: span=" + span + ", length=" + text.length());
        }
        if (span.length() == 0) {
            int at = span.start() < text.length() ? sourceStarts[span.start()]
                    : text.isEmpty() ? 0 : sourceEnds[text.length() - 1];
            return new Span(at, at);
        }
        return new Span(sourceStarts[span.start()], sourceEnds[span.end() - 1]);
    }

    @Override
    public String toString() {
        return "SourceMappedText[" + text.length() + " chars, source ends at "
                + (sourceEnds.length == 0 ? 0 : Arrays.stream(sourceEnds).max().orElse(0)) + "]";
    }
}
