package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoFaults;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.find.FindViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** PNGs of the find bar to review by eye ({@code mvn -Pscreenshots verify}, in {@code target/screenshots/}). */
@Tag("screenshots")
class FindScreenshots extends WindowTest {

    private static final Path DIR = WindowFixture.SCREENSHOTS;

    /** Ctrl+F and the query typed, as a user asks. */
    private static void typeFind(FxRobot robot, String query) {
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.CONTROL);
        robot.write(query);
    }

    @Test
    void aMatchInToolArgumentsInLightAndDark(FxRobot robot) throws Exception {
        try (WindowFixture window =
                WindowFixture.demo(stage, home.resolve("args"), "--conversation", DemoData.APPOINTMENT_BOOKING_ID)) {
            window.awaitFirstPage();
            FindViewModel find = window.desktop().find();
            onFx(() -> window.list().requestFocus());
            typeFind(robot, "cleaning");
            waitUntil(() -> window.transcript().stateProperty().get() == TranscriptState.COMPLETE
                    && find.matchCountProperty().get() == 3);
            robot.type(javafx.scene.input.KeyCode.ENTER).type(javafx.scene.input.KeyCode.ENTER);
            waitUntil(() -> find.currentIndexProperty().get() == 1);
            shoot(window, "find-arguments-light.png");
            onFx(() -> window.desktop().mainViewModel().toggleTheme());
            shoot(window, "find-arguments-dark.png");
            onFx(() -> window.desktop().mainViewModel().toggleTheme());
            robot.type(javafx.scene.input.KeyCode.ENTER);
            waitUntil(() -> find.currentIndexProperty().get() == 2);
            robot.press(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.ENTER)
                    .release(javafx.scene.input.KeyCode.ENTER, javafx.scene.input.KeyCode.SHIFT);
            robot.press(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.ENTER)
                    .release(javafx.scene.input.KeyCode.ENTER, javafx.scene.input.KeyCode.SHIFT);
            waitUntil(() -> find.currentIndexProperty().get() == 0);
            shoot(window, "find-text-light.png");
            onFx(() -> {
                window.list().getSelectionModel().clearSelection();
                find.queryProperty().set("appointment");
            });
            waitUntil(() -> find.matchCountProperty().get() == 2);
            robot.type(javafx.scene.input.KeyCode.ENTER);
            waitUntil(() -> find.currentIndexProperty().get() == 0);
            onFx(() -> window.desktop().mainViewModel().toggleTheme());
            shoot(window, "find-function-name-dark.png");
            onFx(() -> window.desktop().mainViewModel().toggleTheme());
            // Written as the card prints it; the arguments were sent without spaces.
            onFx(() -> find.queryProperty().set("\"date\": \"2025-04-22\""));
            waitUntil(() -> find.matchCountProperty().get() > 0);
            robot.type(javafx.scene.input.KeyCode.ENTER);
            waitUntil(() -> find.currentIndexProperty().get() == 0);
            shoot(window, "find-json-spacing-light.png");
        }
    }

    @Test
    void theLastMatchInTwoMegabytesOfArguments(FxRobot robot) throws Exception {
        try (WindowFixture window =
                WindowFixture.demo(stage, home.resolve("large"), "--conversation", DemoData.QA_EDGE_CASES_ID)) {
            window.awaitFirstPage();
            FindViewModel find = window.desktop().find();
            onFx(() -> window.list().requestFocus());
            typeFind(robot, "Ut enim");
            waitUntil(() -> window.transcript().stateProperty().get() == TranscriptState.COMPLETE
                    && find.matchCountProperty().get() > 1_000);
            robot.press(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.ENTER)
                    .release(javafx.scene.input.KeyCode.ENTER, javafx.scene.input.KeyCode.SHIFT);
            waitUntil(() -> find.currentIndexProperty().get()
                    == find.matchCountProperty().get() - 1);
            Thread.sleep(3000);
            shoot(window, "find-large-arguments.png");
        }
    }

    @Test
    void searchingWhileTheRestLoads(FxRobot robot) throws Exception {
        try (WindowFixture window =
                WindowFixture.demo(stage, home.resolve("loading"), "--conversation", DemoData.STRESS_TEST_ID)) {
            window.awaitFirstPage();
            window.demoServer().setFaults(DemoFaults.NONE.withLatencyMillis(400));
            robot.clickOn(window.list());
            typeFind(robot, "turn 1000:");
            waitUntil(() -> window.transcript().loadedMessagesProperty().get() >= 500);
            shoot(window, "find-loading.png");
            onFx(() -> window.desktop().find().cancelLoading());
            shoot(window, "find-cancelled.png");
        }
    }

    private static void shoot(WindowFixture window, String name) throws Exception {
        window.screenshot(name);
    }
}
