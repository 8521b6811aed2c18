package com.transcriptviewer.demo;

import com.transcriptviewer.model.Message;
import java.time.Instant;
import java.util.Random;

/**
 * A long conversation whose messages are computed from their index when asked for, from a start time and a seed,
 * so that any message can be produced on its own and is always the same.
 */
abstract class ComputedMessageSource implements MessageSource {

    private final Instant start;
    private final int size;
    private final long seed;

    ComputedMessageSource(Instant start, int size, long seed) {
        this.start = start;
        this.size = size;
        this.seed = seed;
    }

    @Override
    public final int size() {
        return size;
    }

    @Override
    public final Message get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return compute(index);
    }

    /** Message {@code index}, which is inside the conversation. */
    abstract Message compute(int index);

    final Instant start() {
        return start;
    }

    final long seed() {
        return seed;
    }

    /** The random for one group of messages (an exchange, a turn): the same for the same group on every call. */
    final Random randomFor(int group) {
        // Mixed first: java.util.Random's first draws from neighbouring seeds are nearly equal, which made every turn
        // of a computed conversation pick the same topic.
        return new Random(mix(seed * 1_000_003L + group));
    }

    /** SplitMix64's finaliser: neighbouring inputs give unrelated outputs. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
