package org.parley.core;

/**
 * A half-open range {@code [begin, end)} of character offsets into an article body.
 * Immutable; {@code begin <= end}, both non-negative.
 */
public record CharSpan(int begin, int end) implements Comparable<CharSpan> {

    public CharSpan {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(CharSpan other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(CharSpan other) {
        return begin < other.end && other.begin < end;
    }

    /** The covered text of {@code text}. */
    public String of(CharSequence text) {
        return text.subSequence(begin, end).toString();
    }

    @Override
    public int compareTo(CharSpan o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(o.end, end);
    }
}
