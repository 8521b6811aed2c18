package com.transcriptviewer;

import static com.transcriptviewer.transcript.PagedTranscript.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.testing.StyledStages;
import com.transcriptviewer.transcript.PagedTranscript;
import com.transcriptviewer.transcript.TranscriptState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rest of the start-up waits for the first page's frame, but never longer than its deadline (counted from the
 * connection) or the latest, and runs once.
 */
@ExtendWith(ApplicationExtension.class)
class AfterFirstPageFxTest {

    private Scene scene;
    private final PagedTranscript transcript = new PagedTranscript(
            List.of(message(Role.USER, "hi", 0), message(Role.ASSISTANT, "hello", 1), message(Role.USER, "bye", 2)), 2);
    /** What the transcript said when the rest ran, one entry per run. */
    private final List<String> runs = new ArrayList<>();
    /** The deadlines asked for, which the tests let pass by hand. */
    private final ManualTimer timer = new ManualTimer();

    private final CompletableFuture<Void> connected = new CompletableFuture<>();

    /** Deadlines that pass only when a test says so; a cancelled one never does. */
    private static final class ManualTimer implements FxExecutors.Timer {
        final Map<java.time.Duration, Runnable> pending = new LinkedHashMap<>();

        @Override
        public Runnable schedule(java.time.Duration delay, Runnable task) {
            pending.put(delay, task);
            return () -> pending.remove(delay, task);
        }

        void pass(java.time.Duration delay) {
            Runnable task = pending.remove(delay);
            if (task != null) {
                task.run();
            }
        }
    }

    @Start
    void start(Stage stage) {
        StyledStages.show(stage, new StackPane(), 400, 300);
        scene = stage.getScene();
    }

    private AfterFirstPage gate(FxRobot robot) {
        AfterFirstPage[] gate = new AfterFirstPage[1];
        robot.interact(() -> gate[0] = AfterFirstPage.start(
                scene,
                transcript.viewModel(),
                connected,
                timer,
                () -> runs.add(transcript.viewModel().stateProperty().get() + " shown="
                        + transcript.viewModel().firstPageShownProperty().get())));
        return gate[0];
    }

    @Test
    void waitsForTheFramesOfTheFirstPage(FxRobot robot) throws Exception {
        robot.interact(transcript::openWaiting);
        gate(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs).as("while the first page is on its way").isEmpty();

        robot.interact(transcript::runBackground);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !runs.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs).containsExactly("READY shown=true");
    }

    @Test
    void runsWhenTheFirstPageFails(FxRobot robot) throws Exception {
        robot.interact(() -> {
            transcript.failNextPage();
            transcript.openWaiting();
        });
        gate(robot);
        robot.interact(transcript::runBackground);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs).containsExactly(TranscriptState.FAILED_FIRST + " shown=false");
    }

    @Test
    void runsAtOnceWhenThereIsNothingToOpen(FxRobot robot) {
        AfterFirstPage gate = gate(robot);
        robot.interact(gate::nothingToOpen);
        assertThat(runs).containsExactly("EMPTY shown=false");
    }

    @Test
    void nothingToOpenIsIgnoredWhileAConversationLoads(FxRobot robot) {
        robot.interact(transcript::openWaiting);
        AfterFirstPage gate = gate(robot);
        robot.interact(gate::nothingToOpen);
        assertThat(runs).isEmpty();
        robot.interact(gate::run);
        robot.interact(gate::run);
        assertThat(runs).as("once").containsExactly("LOADING_FIRST shown=false");
    }

    @Test
    void runsAtTheDeadlineCountedFromTheConnectionWhenTheFirstPageIsSlow(FxRobot robot) throws Exception {
        robot.interact(transcript::openWaiting);
        gate(robot);
        assertThat(timer.pending)
                .as("only the latest, while the connection is made")
                .containsOnlyKeys(AfterFirstPage.LATEST);

        connected.complete(null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timer.pending).containsOnlyKeys(AfterFirstPage.LATEST, AfterFirstPage.DEADLINE);
        assertThat(runs).isEmpty();
        robot.interact(() -> timer.pass(AfterFirstPage.DEADLINE));
        assertThat(runs).containsExactly("LOADING_FIRST shown=false");
        assertThat(timer.pending).as("the latest cancelled").isEmpty();

        robot.interact(transcript::runBackground);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs).as("not again when the page comes").hasSize(1);
    }

    @Test
    void runsAtTheLatestWhenTheConnectionIsNeverMade(FxRobot robot) {
        robot.interact(transcript::openWaiting);
        gate(robot);
        robot.interact(() -> timer.pass(AfterFirstPage.LATEST));
        assertThat(runs).containsExactly("LOADING_FIRST shown=false");

        connected.completeExceptionally(new IllegalStateException("no connection"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timer.pending).as("no deadline after the rest ran").isEmpty();
        assertThat(runs).hasSize(1);
    }
}
