package com.transcriptviewer.concurrent;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * "The newest request wins", for a view-model that can be asked again before its last answer came (another
 * conversation opened, another message selected, another query typed): each request starts with {@link #next()},
 * and its answer is applied on the FX side only if no newer request was started meanwhile. A late answer for an
 * older request is dropped, never applied over a newer one.
 *
 * <p>{@link #next()} and {@link #dropAll()} are called on the FX side; {@link Ticket#isNewest()} may be asked from a
 * background task too, to skip work nobody will see. Answers go through the FX executor given here, so a test that
 * runs everything on one thread stays deterministic.
 */
public final class NewestRequest {

    private final Executor fx;
    private final AtomicLong newest = new AtomicLong();

    /** @param fx where answers are applied: the FX thread in the app, the calling thread in tests */
    public NewestRequest(Executor fx) {
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /** Starts a request; every request started before it is superseded. */
    public Ticket next() {
        return new Ticket(newest.incrementAndGet());
    }

    /** Supersedes every request started so far: none of their answers will be applied. */
    public void dropAll() {
        newest.incrementAndGet();
    }

    /** One request: knows whether it is still the newest, and applies its answer only then. */
    public final class Ticket {

        private final long number;

        private Ticket(long number) {
            this.number = number;
        }

        /** True while no newer request has been started (or {@link #dropAll()} called). */
        public boolean isNewest() {
            return newest.get() == number;
        }

        /** Runs {@code answer} on the FX side, if this request is still the newest when it gets there. */
        public void apply(Runnable answer) {
            Objects.requireNonNull(answer, "answer");
            fx.execute(() -> {
                if (isNewest()) {
                    answer.run();
                }
            });
        }
    }
}
