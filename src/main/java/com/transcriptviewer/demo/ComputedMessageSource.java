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
        return new Random(seed * 1_000_003L + group);
    }
}
