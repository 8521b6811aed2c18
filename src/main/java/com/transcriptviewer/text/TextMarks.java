package com.transcriptviewer.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Ranges of one text to mark, such as find results, in ascending order; one of them may be the current one, which is
 * drawn differently. Offsets are char indexes into the text the marks were made for, end exclusive. Immutable.
 *
 * @param current index into {@code ranges} of the current range, or -1 when none is current
 */
public record TextMarks(List<Range> ranges, int current) {

    public static final TextMarks NONE = new TextMarks(List.of(), -1);

    /** One marked range, {@code start} inclusive, {@code end} exclusive. */
    public record Range(int start, int end) {
        public Range {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad range " + start + ".." + end);
            }
        }
    }

    public TextMarks {
        ranges = List.copyOf(Objects.requireNonNull(ranges, "ranges"));
        if (current < -1 || current >= ranges.size()) {
            throw new IllegalArgumentException("current " + current + " of " + ranges.size() + " ranges");
        }
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean hasCurrent() {
        return current >= 0;
    }

    public Optional<Range> currentRange() {
        return current < 0 ? Optional.empty() : Optional.of(ranges.get(current));
    }
}
