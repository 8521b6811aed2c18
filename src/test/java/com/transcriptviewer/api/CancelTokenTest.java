package com.transcriptviewer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CancelTokenTest {

    @Test
    void listenersRunOnceOnCancelAndImmediatelyAfterwards() {
        CancelToken token = new CancelToken();
        AtomicInteger runs = new AtomicInteger();
        token.onCancel(runs::incrementAndGet);

        token.cancel();
        token.cancel();
        token.onCancel(runs::incrementAndGet);

        assertThat(token.isCancelled()).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void closedRegistrationsDoNotRun() {
        CancelToken token = new CancelToken();
        AtomicInteger runs = new AtomicInteger();
        token.onCancel(runs::incrementAndGet).close();

        token.cancel();

        assertThat(runs).hasValue(0);
    }

    @Test
    void childFollowsParentButNotTheOtherWayRound() {
        CancelToken parent = new CancelToken();
        CancelToken loneChild = parent.child();
        loneChild.cancel();
        assertThat(parent.isCancelled()).isFalse();

        CancelToken child = parent.child();
        parent.cancel();
        assertThat(child.isCancelled()).isTrue();
    }

    @Test
    void awaitTimesOutOrReportsCancellation() throws Exception {
        CancelToken token = new CancelToken();
        assertThat(token.await(Duration.ofMillis(10))).isFalse();
        token.cancel();
        assertThat(token.await(Duration.ofSeconds(30))).isTrue();
        assertThat(token.toString()).isEqualTo("CancelToken[cancelled]");
    }
}
