package com.transcriptviewer.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The library's background jobs: the newest first, one per conversation, after the user's own requests. */
class BackgroundKeepingTest {

    private final Queue<Runnable> thread = new ArrayDeque<>();

    private void drain() {
        while (!thread.isEmpty()) {
            thread.poll().run();
        }
    }

    @Test
    void theConversationOpenedLastIsKeptFirstAndEachOnlyOnce() {
        BackgroundKeeping keeping = new BackgroundKeeping(thread::add, Duration.ZERO);
        List<String> ran = new ArrayList<>();

        assertThat(keeping.submit("a", running -> ran.add("a"))).isTrue();
        assertThat(keeping.submit("b", running -> ran.add("b"))).isTrue();
        assertThat(keeping.submit("a", running -> ran.add("a again"))).isFalse();
        drain();

        assertThat(ran).containsExactly("b", "a");
        // Done: the same conversation can be queued again.
        assertThat(keeping.submit("a", running -> ran.add("a later"))).isTrue();
        drain();
        assertThat(ran).containsExactly("b", "a", "a later");
    }

    @Test
    void aJobWaitsWhileTheUsersOwnRequestsAreOnTheirWay() throws Exception {
        BackgroundKeeping keeping = new BackgroundKeeping(Runnable::run, Duration.ZERO);
        keeping.userRequestStarted();
        keeping.userRequestStarted();
        CompletableFuture<Boolean> turn = new CompletableFuture<>();
        Thread job = new Thread(() -> {
            try {
                turn.complete(keeping.awaitTurn());
            } catch (InterruptedException e) {
                turn.completeExceptionally(e);
            }
        });
        job.start();

        waitUntilWaiting(job);
        keeping.userRequestEnded();
        assertThat(turn).isNotDone();
        waitUntilWaiting(job);
        keeping.userRequestEnded();

        assertThat(turn.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void closingStopsTheJobWaitingAndDropsThoseQueued() throws Exception {
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        BackgroundKeeping keeping = new BackgroundKeeping(thread::add, Duration.ZERO);
        keeping.userRequestStarted();
        CompletableFuture<Boolean> turn = new CompletableFuture<>();
        Thread job = new Thread(() -> {
            try {
                turn.complete(keeping.awaitTurn());
            } catch (InterruptedException e) {
                turn.completeExceptionally(e);
            }
        });
        job.start();
        keeping.submit("queued", running -> ran.add("queued"));

        waitUntilWaiting(job);
        keeping.close();
        drain();

        assertThat(turn.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(ran).isEmpty();
        assertThat(keeping.submit("after", running -> ran.add("after"))).isFalse();
        assertThat(keeping.cancelToken().isCancelled()).isTrue();
    }

    /** Until the thread is parked in its wait for its turn. */
    private static void waitUntilWaiting(Thread job) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (job.getState() != Thread.State.TIMED_WAITING && job.getState() != Thread.State.WAITING) {
            assertThat(System.nanoTime()).as("the job waits for its turn").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
