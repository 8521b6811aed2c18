package com.transcriptviewer.text.json;

import java.util.Arrays;

/**
 * The highlighted runs of a formatted JSON text, in ascending, non-overlapping order. Stored as parallel primitive
 * arrays because a 2 MB document has hundreds of thousands of tokens and an object per token would cost more than
 * the text itself. Immutable once built by {@link JsonFormatter}.
 */
public final class JsonHighlights {

    private static final JsonTokenKind[] KINDS = JsonTokenKind.values();

    private final int[] starts;
    private final int[] ends;
    private final byte[] kinds;
    private final int size;

    private JsonHighlights(int[] starts, int[] ends, byte[] kinds, int size) {
        this.starts = starts;
        this.ends = ends;
        this.kinds = kinds;
        this.size = size;
    }

    public int size() {
        return size;
    }

    /** Offset in the formatted text where span {@code index} starts (inclusive). */
    public int start(int index) {
        checkIndex(index);
        return starts[index];
    }

    /** Offset in the formatted text where span {@code index} ends (exclusive). */
    public int end(int index) {
        checkIndex(index);
        return ends[index];
    }

    public JsonTokenKind kind(int index) {
        checkIndex(index);
        return KINDS[kinds[index]];
    }

    /** How many spans start before {@code offset}: the spans a prefix of that length needs. */
    public int countStartingBefore(int offset) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("span " + index + " of " + size);
        }
    }

    /** Growable builder; the formatter appends spans in text order. */
    static final class Builder {
        private int[] starts;
        private int[] ends;
        private byte[] kinds;
        private int size;

        Builder(int expectedSpans) {
            int capacity = Math.max(16, expectedSpans);
            starts = new int[capacity];
            ends = new int[capacity];
            kinds = new byte[capacity];
        }

        void add(int start, int end, JsonTokenKind kind) {
            if (size == starts.length) {
                int capacity = starts.length + (starts.length >> 1) + 1;
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                kinds = Arrays.copyOf(kinds, capacity);
            }
            starts[size] = start;
            ends[size] = end;
            kinds[size] = (byte) kind.ordinal();
            size++;
        }

        JsonHighlights build() {
            return new JsonHighlights(starts, ends, kinds, size);
        }
    }
}
