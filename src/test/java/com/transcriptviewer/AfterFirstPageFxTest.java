package com.transcriptviewer;

import static com.transcriptviewer.transcript.PagedTranscript.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Role;
import com.transcriptviewer.testing.StyledStages;
import com.transcriptviewer.transcript.PagedTranscript;
import com.transcriptviewer.transcript.TranscriptState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The rest of the start-up waits for the first page's frame, but never longer than its deadline, and runs once. */
@ExtendWith(ApplicationExtension.class)
class AfterFirstPageFxTest {

    /** Longer than any test here runs: only the deadline test reaches its own. */
    private static final Duration NEVER = Duration.minutes(10);

    private Scene scene;
    private final PagedTranscript transcript = new PagedTranscript(
            List.of(message(Role.USER, "hi", 0), message(Role.ASSISTANT, "hello", 1), message(Role.USER, "bye", 2)), 2);
    /** What the transcript said when the rest ran, one entry per run. */
    private final List<String> runs = new ArrayList<>();

    @Start
    void start(Stage stage) {
        StyledStages.show(stage, new StackPane(), 400, 300);
        scene = stage.getScene();
    }

    private AfterFirstPage gate(FxRobot robot, Duration deadline) {
        AfterFirstPage[] gate = new AfterFirstPage[1];
        robot.interact(() -> gate[0] = AfterFirstPage.start(
                scene,
                transcript.viewModel(),
                deadline,
                () -> runs.add(transcript.viewModel().stateProperty().get() + " shown="
                        + transcript.viewModel().firstPageShownProperty().get())));
        return gate[0];
    }

    @Test
    void waitsForTheFramesOfTheFirstPage(FxRobot robot) throws Exception {
        robot.interact(transcript::openWaiting);
        gate(robot, NEVER);
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
        gate(robot, NEVER);
        robot.interact(transcript::runBackground);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs).containsExactly(TranscriptState.FAILED_FIRST + " shown=false");
    }

    @Test
    void runsAtOnceWhenThereIsNothingToOpen(FxRobot robot) {
        AfterFirstPage gate = gate(robot, NEVER);
        robot.interact(gate::nothingToOpen);
        assertThat(runs).containsExactly("EMPTY shown=false");
    }

    @Test
    void nothingToOpenIsIgnoredWhileAConversationLoads(FxRobot robot) {
        robot.interact(transcript::openWaiting);
        AfterFirstPage gate = gate(robot, NEVER);
        robot.interact(gate::nothingToOpen);
        assertThat(runs).isEmpty();
        robot.interact(gate::run);
        robot.interact(gate::run);
        assertThat(runs).as("once").containsExactly("LOADING_FIRST shown=false");
    }

    @Test
    void runsAtTheDeadlineWhenTheFirstPageIsSlow(FxRobot robot) throws Exception {
        robot.interact(transcript::openWaiting);
        gate(robot, Duration.millis(200));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !runs.isEmpty());
        assertThat(runs).containsExactly("LOADING_FIRST shown=false");

        robot.interact(transcript::runBackground);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs).as("not again when the page comes").hasSize(1);
    }
}
