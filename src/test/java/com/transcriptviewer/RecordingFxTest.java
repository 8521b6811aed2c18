package com.transcriptviewer;

import static com.transcriptviewer.testing.FxThread.call;
import static com.transcriptviewer.testing.FxThread.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.recording.view.RecordingViewModel;
import com.transcriptviewer.transcript.TranscriptRow;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The recording player in the real window on the demo server, with JavaFX Media playing into ALSA's null device
 * (the tests' asoundrc): the billing call's recording loads and plays, a click on a bubble's time seeks there, the
 * highlight follows the position, and calls without a recording or chats say so or show nothing.
 */
class RecordingFxTest extends WindowTest {

    private final FxRobot robot = new FxRobot();

    private RecordingViewModel recording(WindowFixture window) throws Exception {
        waitUntil(() -> window.desktop().recording() != null, 30);
        return call(() -> window.desktop().recording());
    }

    @Test
    void theBillingCallPlaysAndAClickOnABubblesTimeSeeksThere() throws Exception {
        WindowFixture window = demoWindow("--demo", "--conversation", DemoData.BILLING_TRANSFER_ID);
        window.awaitFirstPage();
        RecordingViewModel player = recording(window);
        waitUntil(
                () -> player.readyProperty().get()
                        || !player.problemProperty().get().isEmpty(),
                60);
        assertThat(call(() -> player.problemProperty().get())).isEmpty();
        assertThat(call(() -> player.recordings().size())).isEqualTo(2);
        assertThat(call(() -> player.channelsTextProperty().get())).isEqualTo("Left: caller · Right: assistant");
        assertThat(call(() -> player.waveformProperty().get().channels())).isEqualTo(2);

        // Click the time of the third message's bubble: the audio moves there and the message is highlighted.
        Node time = call(() -> window.list().lookupAll(".bubble-time").stream()
                .filter(node -> node.isVisible() && node.getScene() != null)
                .skip(2)
                .findFirst()
                .orElseThrow());
        int clicked = call(() -> indexOf(time));
        long expected = call(() -> player.timelineProperty().get().offsetOf(clicked));
        robot.clickOn(time);
        waitUntil(() -> player.positionProperty().get() == expected, 10);
        waitUntil(
                () -> window.list().getSelectionModel().getSelectedItem() instanceof TranscriptRow.MessageRow row
                        && row.index() == clicked,
                10);

        // Playing from there (the null device runs ahead of real time): the highlight follows the position.
        call(() -> {
            player.togglePlay();
            return null;
        });
        waitUntil(() -> player.currentMessageProperty().get() > clicked, 30);
        waitUntil(
                () -> window.list().getSelectionModel().getSelectedItem() instanceof TranscriptRow.MessageRow row
                        && row.index() == player.currentMessageProperty().get(),
                10);

        // Seeking back (once the null device, ahead of real time, has played to the end) selects the earlier
        // message again.
        waitUntil(() -> !player.playingProperty().get(), 30);
        call(() -> {
            player.seek(player.timelineProperty().get().offsetOf(1));
            return null;
        });
        waitUntil(() -> player.currentMessageProperty().get() == 1, 10);

        // A click on a message's mark on the timeline seeks to it.
        javafx.scene.layout.Region timeline =
                call(() -> (javafx.scene.layout.Region) window.scene().lookup(".recording-timeline"));
        long fifth = call(() -> player.timelineProperty().get().offsetOf(5));
        javafx.geometry.Point2D mark = call(() -> timeline.localToScreen(
                fifth * timeline.getWidth() / player.durationProperty().get(), 7));
        robot.clickOn(mark);
        waitUntil(() -> player.positionProperty().get() == fifth, 10);

        long third = call(() -> player.timelineProperty().get().offsetOf(3) + 400);
        call(() -> {
            player.seek(third);
            return null;
        });
        waitUntil(
                () -> player.currentMessageProperty().get() == 3
                        && player.positionProperty().get() == third,
                10);
        window.screenshot("recording-player-light.png");
        call(() -> {
            window.desktop().mainViewModel().toggleTheme();
            return null;
        });
        window.screenshot("recording-player-dark.png");
        call(() -> {
            window.desktop().mainViewModel().toggleTheme();
            return null;
        });
    }

    @Test
    void theKeysPlayStepAndChangeSpeed() throws Exception {
        WindowFixture window = demoWindow("--demo", "--conversation", DemoData.BILLING_TRANSFER_ID);
        window.awaitFirstPage();
        RecordingViewModel player = readyPlayer(window);
        call(() -> {
            player.seek(10_000);
            return null;
        });
        robot.clickOn(window.list());

        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        waitUntil(() -> player.positionProperty().get() == 15_000, 10);
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        waitUntil(() -> player.positionProperty().get() == 5_000, 10);

        robot.push(KeyCode.ALT, KeyCode.PERIOD);
        waitUntil(() -> player.rateProperty().get() == 1.25, 10);
        robot.push(KeyCode.ALT, KeyCode.COMMA);
        robot.push(KeyCode.ALT, KeyCode.COMMA);
        waitUntil(() -> player.rateProperty().get() == 0.75, 10);

        robot.push(KeyCode.SHORTCUT, KeyCode.P);
        waitUntil(
                () -> player.playingProperty().get()
                        || player.positionProperty().get() > 5_000,
                10);
        robot.push(KeyCode.SHORTCUT, KeyCode.P);
        waitUntil(() -> !player.playingProperty().get(), 30);
    }

    @Test
    void scrollingAwayWhilePlayingStopsFollowingUntilFollow() throws Exception {
        WindowFixture window = demoWindow("--demo", "--conversation", DemoData.BILLING_TRANSFER_ID);
        window.awaitFirstPage();
        RecordingViewModel player = readyPlayer(window);
        javafx.scene.control.ListView<?> list = window.list();

        // The null device can play the whole recording faster than a test can look, so the scroll is sent by a
        // listener in the very turn that the player reports playing.
        AtomicBoolean scrolledWhilePlaying = new AtomicBoolean();
        call(() -> {
            player.playingProperty().addListener(new ChangeListener<Boolean>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean playing) {
                    if (playing) {
                        player.playingProperty().removeListener(this);
                        list.fireEvent(wheelNotchDown());
                        scrolledWhilePlaying.set(true);
                    }
                }
            });
            player.seek(0);
            player.togglePlay();
            return null;
        });
        waitUntil(scrolledWhilePlaying::get, 30);
        assertThat(call(() -> player.followingProperty().get())).isFalse();
        Node follow = call(() -> window.scene().lookup("#recording-follow"));
        waitUntil(follow::isVisible, 10);

        robot.clickOn(follow);
        waitUntil(() -> player.followingProperty().get() && !follow.isVisible(), 10);
        int current = call(() -> player.currentMessageProperty().get());
        if (current >= 0) {
            waitUntil(
                    () -> list.getSelectionModel().getSelectedItem() instanceof TranscriptRow.MessageRow row
                            && row.index() == player.currentMessageProperty().get(),
                    10);
        }
    }

    private static ScrollEvent wheelNotchDown() {
        return new ScrollEvent(
                ScrollEvent.SCROLL,
                10,
                10,
                10,
                10,
                false,
                false,
                false,
                false,
                false,
                false,
                0,
                -120,
                0,
                -120,
                ScrollEvent.HorizontalTextScrollUnits.NONE,
                0,
                ScrollEvent.VerticalTextScrollUnits.NONE,
                0,
                0,
                null);
    }

    private RecordingViewModel readyPlayer(WindowFixture window) throws Exception {
        RecordingViewModel player = recording(window);
        waitUntil(
                () -> player.readyProperty().get()
                        || !player.problemProperty().get().isEmpty(),
                60);
        assertThat(call(() -> player.problemProperty().get())).isEmpty();
        return player;
    }

    @Test
    void aCallWithoutARecordingSaysSoAndAChatShowsNoPlayer() throws Exception {
        WindowFixture window = demoWindow("--demo", "--conversation", DemoData.TOOL_ERRORS_ID);
        window.awaitFirstPage();
        RecordingViewModel player = recording(window);
        waitUntil(() -> player.lineProperty().get().equals("No recording found for this call."), 30);
        Label line = call(() -> (Label) window.scene().lookup("#recording-line"));
        assertThat(call(line::isVisible)).isTrue();
        window.screenshot("recording-none-light.png");

        window.open(DemoData.PASSWORD_RESET_ID);
        window.awaitFirstPage();
        waitUntil(() -> !player.shownProperty().get(), 30);
        assertThat(call(() -> window.scene().lookup(".recording-bar").isVisible() || line.isVisible()))
                .isFalse();
    }

    private static int indexOf(Node node) {
        Node at = node;
        while (at != null) {
            if (at instanceof javafx.scene.control.ListCell<?> cell
                    && cell.getItem() instanceof TranscriptRow.MessageRow row) {
                return row.index();
            }
            at = at.getParent();
        }
        return -1;
    }
}
