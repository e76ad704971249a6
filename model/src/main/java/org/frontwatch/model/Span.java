package org.frontwatch.model;

/**
 * A half-open range of UTF-16 {@code char} offsets into a text, as Java {@code String} indices: {@code end}
 * exclusive.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("start must not be negative: start=" + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("start must not be larger than end: start=" + start + ", end=" + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The covered part of {@code text}. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(other.end, end);
    }
}
