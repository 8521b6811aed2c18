package com.transcriptviewer.transcript.find;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The find bar's counter and progress line. */
class FindTextsTest {

    @Test
    void theCounterSaysWhichMatchOfHowMany() {
        assertThat(FindTexts.counter(17, 2, false, false)).isEqualTo("3 of 17");
        assertThat(FindTexts.counter(17, 2, false, true)).as("more may come").isEqualTo("3 of 17");
        assertThat(FindTexts.counter(12_345, 1_233, false, false)).isEqualTo("1,234 of 12,345");
    }

    @Test
    void withoutACurrentMatchTheCounterSaysHowMany() {
        assertThat(FindTexts.counter(17, -1, false, false)).isEqualTo("17 matches");
        assertThat(FindTexts.counter(1, -1, false, false)).isEqualTo("1 match");
        assertThat(FindTexts.counter(10_000, -1, false, true)).isEqualTo("10,000 matches");
    }

    @Test
    void noMatchesIsSaidOnlyOnceNoneCanCome() {
        assertThat(FindTexts.counter(0, -1, false, true))
                .as("the progress line says the search goes on")
                .isEmpty();
        assertThat(FindTexts.counter(0, -1, false, false)).isEqualTo("No matches");
    }

    @Test
    void aSearchStoppedAtTheLimitSaysThereAreMore() {
        assertThat(FindTexts.counter(100_000, -1, true, false)).isEqualTo("100,000+ matches");
        assertThat(FindTexts.counter(100_000, 0, true, false)).isEqualTo("1 of 100,000+");
    }

    @Test
    void whileTheRestLoadsTheProgressSaysHowFarItGot() {
        assertThat(FindTexts.progress(true, false, false, 3_400, 10_000))
                .isEqualTo("Searching… 3,400 of 10,000 messages loaded");
        assertThat(FindTexts.progress(true, false, false, 3_400, -1))
                .as("total not known")
                .isEqualTo("Searching… 3,400 messages loaded");
    }

    @Test
    void whenLoadingStoppedPartWayTheProgressSaysWhatWasSearched() {
        assertThat(FindTexts.progress(false, true, false, 3_400, 10_000))
                .isEqualTo("Only 3,400 of 10,000 messages searched");
        assertThat(FindTexts.progress(false, true, true, 20, 95))
                .isEqualTo("A page failed to load; 20 of 95 messages searched");
        assertThat(FindTexts.progress(false, true, false, 20, -1)).isEqualTo("Only 20 messages searched");
    }

    @Test
    void aWholeConversationNeedsNoProgress() {
        assertThat(FindTexts.progress(false, false, false, 95, 95)).isEmpty();
    }
}
