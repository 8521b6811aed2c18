package com.transcriptviewer.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeldExecutorTest {

    private final List<Runnable> handedOn = new ArrayList<>();
    private final HeldExecutor executor = new HeldExecutor(handedOn::add);

    @Test
    void tasksWaitUntilReleasedThenGoOnInTheOrderTheyCame() {
        List<String> ran = new ArrayList<>();
        executor.execute(() -> ran.add("first"));
        executor.execute(() -> ran.add("second"));
        assertThat(handedOn).isEmpty();
        assertThat(executor.isReleased()).isFalse();

        executor.release();
        assertThat(executor.isReleased()).isTrue();
        handedOn.forEach(Runnable::run);
        assertThat(ran).containsExactly("first", "second");
    }

    @Test
    void afterTheReleaseTasksGoStraightThroughAndASecondReleaseHandsOnNothingTwice() {
        executor.execute(() -> {});
        executor.release();
        executor.release();
        assertThat(handedOn).hasSize(1);

        executor.execute(() -> {});
        assertThat(handedOn).hasSize(2);
    }
}
