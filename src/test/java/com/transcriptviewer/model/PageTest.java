package com.transcriptviewer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    private static final int SIZE = 5;

    @Test
    void theLastPageIsNeverDecidedByMetaAlone() {
        List<Message> five = Collections.nCopies(SIZE, new Message(null, "x", null, null, null, null));
        assertThat(new Page<>(List.<Message>of(), new PageMeta(9L, null, 1L, 5L), 1, SIZE).isLast())
                .as("empty")
                .isTrue();
        assertThat(new Page<>(five.subList(0, 3), new PageMeta(9L, null, 1L, 5L), 1, SIZE).isLast())
                .as("short")
                .isTrue();
        assertThat(new Page<>(five, new PageMeta(3L, null, 3L, 5L), 3, SIZE).isLast())
                .as("at total_pages")
                .isTrue();
        assertThat(new Page<>(five, new PageMeta(3L, null, 9L, 5L), 2, SIZE).isLast())
                .as("the number asked for wins over the echo")
                .isFalse();
        assertThat(new Page<>(five, PageMeta.UNKNOWN, 2, SIZE).isLast())
                .as("no meta")
                .isFalse();
        assertThat(new Page<>(five, new PageMeta(21_000_000L, null, 2L, 5L), 2, SIZE).isLast())
                .as("absurd total")
                .isFalse();
    }
}
