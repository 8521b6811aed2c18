package com.transcriptviewer.recording.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.recording.RecordingApi;
import com.transcriptviewer.transcript.TranscriptRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/**
 * The player's state without sound: a player in code stands in for JavaFX Media, the background work runs when the
 * test says, and positions are set by seeking (as a real null sound device plays faster than real time).
 */
class RecordingViewModelTest {

    private static final Instant START = Instant.parse("2025-04-15T13:07:20Z");
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final FxExecutors executors = new FxExecutors(background::add, Runnable::run, (d, t) -> () -> {});
    private final SimpleObjectProperty<Conversation> conversation = new SimpleObjectProperty<>();
    private final ObservableList<TranscriptRow> rows = FXCollections.observableArrayList();
    private final List<String> played = new ArrayList<>();
    private AudioPlayer.Listener listener;
    private String failure;
    private boolean listRefused;
    private final RecordingApi api = new RecordingApi() {
        @Override
        public JsonNode recordings(Map<String, String> filters, int page, CancelToken cancel) throws ApiException {
            if (listRefused) {
                throw new ApiException(ErrorKind.FORBIDDEN, "no", 403, null, List.of(), null, null);
            }
            return json(
                    filters.containsKey("filter[call_control_id]")
                            ? "{\"data\":[" + recordingJson() + "],\"meta\":{\"total_pages\":1}}"
                            : "{\"data\":[],\"meta\":{\"total_pages\":1}}");
        }

        @Override
        public JsonNode recording(String id, CancelToken cancel) {
            return json("{\"data\":" + recordingJson() + "}");
        }

        @Override
        public void download(String url, Path target, CancelToken cancel) {
            try {
                Files.writeString(target, "not really audio");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public JsonNode assistant(String id, CancelToken cancel) throws ApiException {
            throw new ApiException(ErrorKind.NOT_FOUND, "gone", 404, null, List.of(), null, null);
        }
    };

    private final RecordingViewModel model = new RecordingViewModel(
            conversation, rows, () -> CompletableFuture.completedFuture(api), executors, (file, heard) -> {
                listener = heard;
                if (failure != null) {
                    heard.failed(failure);
                }
                return new AudioPlayer() {
                    @Override
                    public void play() {
                        played.add("play");
                    }

                    @Override
                    public void pause() {
                        played.add("pause");
                    }

                    @Override
                    public void seek(long millis) {
                        played.add("seek " + millis);
                    }

                    @Override
                    public void setRate(double rate) {
                        played.add("rate " + rate);
                    }

                    @Override
                    public void setVolume(double volume) {}

                    @Override
                    public void dispose() {
                        played.add("dispose");
                    }
                };
            });

    private static String recordingJson() {
        return "{\"id\":\"r1\",\"call_control_id\":\"v3:abc\",\"channels\":\"dual\",\"duration_millis\":40000,"
                + "\"recording_started_at\":\"2025-04-15T13:07:20Z\",\"download_urls\":{\"mp3\":\"https://x/r1.mp3?sig=1\"}}";
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Conversation call(String channel) {
        return new Conversation(
                "c1",
                "Call",
                START,
                START.plusSeconds(40),
                Map.of(Conversation.CHANNEL, channel, Conversation.CALL_CONTROL_ID, "v3:abc"));
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    private void openCallWithMessages() {
        rows.setAll(row(0, Role.ASSISTANT, 2), row(1, Role.USER, 6), row(2, Role.ASSISTANT, 12), row(3, Role.USER, 20));
        conversation.set(call("phone_call"));
        runBackground(); // finds
        runBackground(); // fetches
        listener.ready(40_000);
    }

    private static TranscriptRow row(int index, Role role, int seconds) {
        return new TranscriptRow.MessageRow(
                index,
                new Message(role, "words", List.of(), START.plusSeconds(seconds), START.plusSeconds(seconds), Map.of()),
                null);
    }

    @Test
    void aPhoneCallFindsItsRecordingAndSaysWhichSideIsWhich() {
        openCallWithMessages();

        assertThat(model.shownProperty().get()).isTrue();
        assertThat(model.readyProperty().get()).isTrue();
        assertThat(model.lineProperty().get()).isEmpty();
        assertThat(model.channelsTextProperty().get()).isEqualTo("Left: caller · Right: assistant");
        assertThat(model.matchTextProperty().get()).isEqualTo("matched by call");
        assertThat(model.timelineProperty().get().marks()).hasSize(4);
    }

    @Test
    void chatsShowNoPlayerAndACallWithoutRecordingSaysWhyInOneLine() {
        conversation.set(call("web_chat"));
        assertThat(model.shownProperty().get()).isFalse();
        assertThat(background).isEmpty();

        conversation.set(new Conversation("c2", "", START, null, Map.of(Conversation.CHANNEL, "phone_call")));
        assertThat(model.lineProperty().get()).isEqualTo(RecordingViewModel.LOOKING);
        runBackground();
        assertThat(model.shownProperty().get()).isTrue();
        assertThat(model.lineProperty().get()).isEqualTo("No recording found for this call.");
        assertThat(model.selectedProperty().get()).isNull();

        listRefused = true;
        conversation.set(call("phone_call"));
        runBackground();
        assertThat(model.lineProperty().get()).isEqualTo("No recording shown: this API key may not list recordings.");
    }

    @Test
    void seekingMovesTheHighlightToTheMessageSaidThen() {
        openCallWithMessages();

        model.seek(6_500);
        assertThat(model.currentMessageProperty().get()).isEqualTo(1);
        assertThat(played).contains("seek 6500");

        model.forward();
        assertThat(model.positionProperty().get()).isEqualTo(11_500);
        assertThat(model.currentMessageProperty().get()).isEqualTo(1);
        model.forward();
        assertThat(model.currentMessageProperty().get()).isEqualTo(2);
        model.back();
        model.back();
        model.back();
        assertThat(model.positionProperty().get()).isEqualTo(1_500);
        assertThat(model.currentMessageProperty().get()).isEqualTo(-1);
    }

    @Test
    void theHighlightFollowsPlaybackAndPlayFromHereStartsAtTheMessage() {
        openCallWithMessages();

        assertThat(model.playFrom(2)).isTrue();
        assertThat(played).contains("seek 12000", "play");
        assertThat(model.playingProperty().get()).isTrue();
        listener.position(20_300);
        assertThat(model.currentMessageProperty().get()).isEqualTo(3);

        model.stopFollowing();
        assertThat(model.followingProperty().get()).isFalse();
        model.playFrom(0);
        assertThat(model.followingProperty().get()).isTrue();
        assertThat(model.currentMessageProperty().get()).isEqualTo(0);
    }

    @Test
    void speedStaysWithinThreeQuartersAndTwice() {
        openCallWithMessages();

        for (int i = 0; i < 10; i++) {
            model.faster();
        }
        assertThat(model.rateProperty().get()).isEqualTo(2.0);
        for (int i = 0; i < 10; i++) {
            model.slower();
        }
        assertThat(model.rateProperty().get()).isEqualTo(0.75);
        assertThat(played).contains("rate 2.0", "rate 0.75");
    }

    @Test
    void audioThatCannotPlaySaysSoAndOffersSaving() {
        failure = "No sound device is available, so the recording can't play here.";
        openCallWithMessages();
        listener.failed(failure);

        assertThat(model.problemProperty().get())
                .isEqualTo("No sound device is available, so the recording can't play here."
                        + " Save recording… keeps it to play elsewhere.");
        assertThat(model.readyProperty().get()).isFalse();
        assertThat(model.selectedProperty().get()).isNotNull();
    }

    @Test
    void openingAnotherConversationLetsThePlayerGo() {
        openCallWithMessages();
        conversation.set(call("sms_chat"));

        assertThat(played).contains("dispose");
        assertThat(model.shownProperty().get()).isFalse();
    }
}
