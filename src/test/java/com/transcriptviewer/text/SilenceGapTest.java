package com.transcriptviewer.text;

import static com.transcriptviewer.transcript.PagedTranscript.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.transcript.PagedTranscript;
import com.transcriptviewer.transcript.TranscriptRow;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a pause earns a silence marker, what it says, and that each row knows the pause before its message. */
class SilenceGapTest {

    @Test
    void aGapOfExactlyTheThresholdIsMarkedAndAnyShorterOneIsNot() {
        assertThat(SilenceGap.isMarked(Duration.ofSeconds(5), 5)).isTrue();
        assertThat(SilenceGap.isMarked(Duration.ofMillis(4_999), 5)).isFalse();
        assertThat(SilenceGap.isMarked(Duration.ofMillis(5_001), 5)).isTrue();
        assertThat(SilenceGap.isMarked(Duration.ofSeconds(12), 30)).isFalse();
        assertThat(SilenceGap.isMarked(null, 5)).isFalse();
    }

    @Test
    void aThresholdOfZeroTurnsMarkersOff() {
        assertThat(SilenceGap.isMarked(Duration.ofHours(2), 0)).isFalse();
        assertThat(SilenceGap.marker(Duration.ofHours(2), 0)).isEmpty();
    }

    @Test
    void describesTheGapInWholeSecondsMinutesAndHours() {
        assertThat(SilenceGap.describe(Duration.ofSeconds(12))).isEqualTo("12 s of silence");
        assertThat(SilenceGap.describe(Duration.ofMillis(12_900))).isEqualTo("12 s of silence");
        assertThat(SilenceGap.describe(Duration.ofSeconds(65))).isEqualTo("1 min 05 s of silence");
        assertThat(SilenceGap.describe(Duration.ofSeconds(600))).isEqualTo("10 min 00 s of silence");
        assertThat(SilenceGap.describe(Duration.ofSeconds(3_725))).isEqualTo("1 h 02 min 05 s of silence");
        assertThat(SilenceGap.marker(Duration.ofSeconds(65), 5)).isEqualTo("1 min 05 s of silence");
    }

    @Test
    void noGapWithoutBothTimesOrWhenTheLaterMessageIsNotLater() {
        assertThat(SilenceGap.between(null, PagedTranscript.START)).isEmpty();
        assertThat(SilenceGap.between(PagedTranscript.START, null)).isEmpty();
        assertThat(SilenceGap.between(PagedTranscript.START, PagedTranscript.START))
                .isEmpty();
        assertThat(SilenceGap.between(PagedTranscript.START.plusSeconds(3), PagedTranscript.START))
                .isEmpty();
        assertThat(SilenceGap.between(PagedTranscript.START, PagedTranscript.START.plusSeconds(7)))
                .contains(Duration.ofSeconds(7));
    }

    @Test
    void eachRowCarriesThePauseBeforeItsMessageAcrossPages() {
        Message untimed = new Message(Role.USER, "no time", List.of(), null, null, java.util.Map.of());
        PagedTranscript transcript = new PagedTranscript(
                        List.of(
                                message(Role.USER, "hello", 0),
                                message(Role.ASSISTANT, "hi", 2.5),
                                message(Role.USER, "page two", 67.5),
                                untimed,
                                message(Role.ASSISTANT, "after the untimed one", 80)),
                        2)
                .open();
        transcript.viewModel().loadAll();
        transcript.runBackground();

        List<Duration> gaps = transcript.viewModel().rows().stream()
                .filter(TranscriptRow.MessageRow.class::isInstance)
                .map(row -> ((TranscriptRow.MessageRow) row).bubble().silenceBefore())
                .toList();
        assertThat(gaps).containsExactly(null, Duration.ofMillis(2_500), Duration.ofSeconds(65), null, null);
    }
}
