package com.transcriptviewer.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A message's place in the recording: sent_at minus recording_started_at, whatever the zones. */
class AudioTimelineTest {

    private static final Instant STARTED = Instant.parse("2025-04-15T13:07:20Z");

    private static AudioTimeline.Indexed at(int index, Role role, String created, String sent) {
        return new AudioTimeline.Indexed(
                index,
                new Message(
                        role,
                        "Hello there",
                        List.of(),
                        created == null ? null : Instant.parse(created),
                        sent == null ? null : Instant.parse(sent),
                        Map.of()));
    }

    @Test
    void theOffsetIsSentAtMinusTheRecordingsStartAcrossTimeZones() {
        // The recording's start as the API wrote it with an offset; the message's time in another zone.
        Instant started = RecordingReader.instant("2025-04-15T15:07:20.000+02:00");
        AudioTimeline timeline = AudioTimeline.of(
                started,
                List.of(new AudioTimeline.Indexed(
                        0,
                        new Message(
                                Role.USER,
                                "Hi",
                                List.of(),
                                Instant.parse("2025-04-15T13:07:24Z"),
                                java.time.OffsetDateTime.parse("2025-04-15T08:07:25.500-05:00")
                                        .toInstant(),
                                Map.of()))));

        assertThat(timeline.offsetOf(0)).isEqualTo(5_500);
    }

    @Test
    void aMessageWithoutSentAtUsesCreatedAtAndSaysSo() {
        AudioTimeline timeline =
                AudioTimeline.of(STARTED, List.of(at(0, Role.ASSISTANT, "2025-04-15T13:07:22Z", null)));

        assertThat(timeline.offsetOf(0)).isEqualTo(2_000);
        assertThat(timeline.marks().get(0).fromCreatedAt()).isTrue();
    }

    @Test
    void messagesBeforeTheRecordingStartedSitAtItsStart() {
        AudioTimeline timeline = AudioTimeline.of(
                STARTED,
                List.of(
                        at(0, Role.ASSISTANT, "2025-04-15T13:07:17Z", "2025-04-15T13:07:18Z"),
                        at(1, Role.USER, "2025-04-15T13:07:25Z", "2025-04-15T13:07:26Z")));

        assertThat(timeline.offsetOf(0)).isZero();
        assertThat(timeline.marks().get(0).beforeStart()).isTrue();
        assertThat(timeline.marks().get(1).beforeStart()).isFalse();
        assertThat(timeline.offsetOf(1)).isEqualTo(6_000);
    }

    @Test
    void theMessagePlayingIsTheLastThatStartedBeforeThePosition() {
        AudioTimeline timeline = AudioTimeline.of(
                STARTED,
                List.of(
                        at(0, Role.ASSISTANT, "2025-04-15T13:07:21Z", null),
                        at(1, Role.USER, "2025-04-15T13:07:25Z", null),
                        at(2, Role.ASSISTANT, "2025-04-15T13:07:31Z", null)));

        assertThat(timeline.messageAt(500)).isEqualTo(-1);
        assertThat(timeline.messageAt(1_000)).isEqualTo(0);
        assertThat(timeline.messageAt(4_999)).isEqualTo(0);
        assertThat(timeline.messageAt(5_000)).isEqualTo(1);
        assertThat(timeline.messageAt(60_000)).isEqualTo(2);
    }

    @Test
    void toolCallsAreMarkedByTheirFunctionAndMessagesWithoutAnyTimeAreLeftOut() {
        Message call = new Message(
                Role.ASSISTANT,
                null,
                List.of(new ToolCall("c1", "function", "transfer", "{}")),
                Instant.parse("2025-04-15T13:07:30Z"),
                null,
                Map.of());
        AudioTimeline timeline =
                AudioTimeline.of(STARTED, List.of(new AudioTimeline.Indexed(0, call), at(1, Role.USER, null, null)));

        assertThat(timeline.marks()).hasSize(1);
        assertThat(timeline.marks().get(0).kind()).isEqualTo(AudioTimeline.Kind.TOOL_CALL);
        assertThat(timeline.marks().get(0).label()).isEqualTo("Tool call: transfer");
        assertThat(timeline.offsetOf(1)).isEqualTo(-1);
    }
}
