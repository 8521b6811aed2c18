package com.transcriptviewer.bench;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;

import com.transcriptviewer.WindowFixture;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.recording.view.RecordingViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The recording player on the demo's booking call (audio from the loopback demo server, played into ALSA's null
 * device): a click on a bubble's time (the click event fired at the label) to the audio position set, and the FX thread's time per second of audio while
 * the list follows (position updates ten times a second, each moving the highlight and laying the list out).
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class RecordingBenchmark {

    @TempDir
    Path home;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void clickToSeekAndFollowingCost() throws Exception {
        try (WindowFixture window =
                WindowFixture.demo(stage, home, "--demo", "--conversation", DemoData.APPOINTMENT_BOOKING_ID)) {
            window.awaitFirstPage();
            waitUntil(() -> window.desktop().recording() != null, 30);
            RecordingViewModel player = onFx(() -> window.desktop().recording());
            waitUntil(() -> player.readyProperty().get(), 60);

            // t0: the click reaches the list; t1: the audio position changes.
            AtomicLong t0 = new AtomicLong();
            AtomicLong t1 = new AtomicLong();
            onFx(() -> {
                player.positionProperty().addListener(o -> t1.set(System.nanoTime()));
            });
            List<Double> millis = new ArrayList<>();
            for (int run = 0; run < 8; run++) {
                int skip = run % 3;
                onFx(() -> {
                    player.stopFollowing();
                    player.seek(player.durationProperty().get());
                    window.list().scrollTo(0);
                });
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                Node time = onFx(() -> window.list().lookupAll(".bubble-time").stream()
                        .filter(node -> node.isVisible() && node.getScene() != null)
                        .skip(skip)
                        .findFirst()
                        .orElseThrow());
                t0.set(0);
                t1.set(0);
                onFx(() -> {
                    javafx.geometry.Bounds b = time.localToScreen(time.getBoundsInLocal());
                    double x = b.getCenterX();
                    double y = b.getCenterY();
                    t0.set(System.nanoTime());
                    javafx.event.Event.fireEvent(
                            time,
                            new MouseEvent(
                                    MouseEvent.MOUSE_CLICKED,
                                    2,
                                    2,
                                    x,
                                    y,
                                    javafx.scene.input.MouseButton.PRIMARY,
                                    1,
                                    false,
                                    false,
                                    false,
                                    false,
                                    true,
                                    false,
                                    false,
                                    true,
                                    false,
                                    true,
                                    null));
                });
                waitUntil(() -> t1.get() != 0, 10);
                millis.add((t1.get() - t0.get()) / 1e6);
            }
            Collections.sort(millis);
            Bench.report("recording_click_to_position_median", millis.get(millis.size() / 2), "ms");
            Bench.report("recording_click_to_position_max", millis.get(millis.size() - 1), "ms");

            // Ten position updates per second of audio, driven by seeking (the null device outruns real time); each
            // includes the player's own seek, so the same walk with following off is reported beside it.
            long duration = onFx(() -> player.durationProperty().get());
            for (boolean following : new boolean[] {true, false}) {
                long spent = onFx(() -> {
                    if (following) {
                        player.follow();
                    } else {
                        player.stopFollowing();
                    }
                    long total = 0;
                    for (long at = 0; at <= duration; at += 100) {
                        long start = System.nanoTime();
                        player.seek(at);
                        window.list().layout();
                        total += System.nanoTime() - start;
                    }
                    return total;
                });
                Bench.report(
                        following ? "recording_fx_ms_per_second_following" : "recording_fx_ms_per_second_not_following",
                        spent / 1e6 / (duration / 1000.0),
                        "ms");
            }
        }
    }
}
