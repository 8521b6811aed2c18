package com.transcriptviewer.transcript;

import com.transcriptviewer.concurrent.FxExecutors;
import java.time.Duration;
import java.util.Objects;
import java.util.function.IntConsumer;

/** Counts seconds down on the FX side, once a second, then runs what waited: a rate-limited page's retry. */
final class RetryCountdown {

    private final FxExecutors.Timer timer;
    private Runnable pending = () -> {};

    RetryCountdown(FxExecutors.Timer timer) {
        this.timer = Objects.requireNonNull(timer, "timer");
    }

    /** Tells {@code onTick} the seconds left now and after each second; after the last, runs {@code onZero}. */
    void start(int seconds, IntConsumer onTick, Runnable onZero) {
        stop();
        onTick.accept(seconds);
        schedule(seconds, onTick, onZero);
    }

    private void schedule(int left, IntConsumer onTick, Runnable onZero) {
        pending = timer.schedule(Duration.ofSeconds(1), () -> {
            int now = left - 1;
            if (now <= 0) {
                pending = () -> {};
                onZero.run();
            } else {
                onTick.accept(now);
                schedule(now, onTick, onZero);
            }
        });
    }

    /** Stops the countdown; nothing more is told or run. */
    void stop() {
        pending.run();
        pending = () -> {};
    }
}
