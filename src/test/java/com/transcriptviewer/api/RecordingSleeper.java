package com.transcriptviewer.api;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that takes no time and remembers every wait it was asked for. */
final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final Runnable onSleep;

    RecordingSleeper() {
        this(() -> {});
    }

    /** {@code onSleep} runs inside each wait, e.g. to cancel a token mid-wait. */
    RecordingSleeper(Runnable onSleep) {
        this.onSleep = onSleep;
    }

    @Override
    public void sleep(Duration duration, CancelToken cancel) {
        waits.add(duration);
        onSleep.run();
    }

    List<Duration> waits() {
        return List.copyOf(waits);
    }
}
