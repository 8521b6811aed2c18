package com.transcriptviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinimalWindowProbeTest {

    @Test
    void measuresFromTheProcessStartSoJvmBootIsIncluded() throws InterruptedException {
        long first = MinimalWindowProbe.millisSinceProcessStart();
        Thread.sleep(20);
        long second = MinimalWindowProbe.millisSinceProcessStart();

        assertThat(first).isPositive();
        assertThat(second - first).isBetween(15L, 5_000L);
    }
}
