package org.frontwatch.extract.gazetteer;

import java.util.Objects;

/**
 * A phrase found in a token list: tokens {@code start} (inclusive) to {@code end} (exclusive) and the value the
 * phrase was added with.
 */
public record PhraseMatch<T>(int start, int end, T value) {
    public PhraseMatch {
        Objects.requireNonNull(value, "value");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("token range must be non-empty: start=" + start + ", end=" + end);
        }
    }

    /** Number of tokens matched. */
    public int length() {
        return end - start;
    }
}
