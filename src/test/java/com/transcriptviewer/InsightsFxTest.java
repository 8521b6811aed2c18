package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static com.transcriptviewer.testing.FakeInsightsApi.run;
import static com.transcriptviewer.testing.FakeInsightsApi.runs;
import static com.transcriptviewer.testing.Nodes.shown;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.assistant.view.InsightsView;
import com.transcriptviewer.assistant.view.InsightsViewModel;
import com.transcriptviewer.assistant.view.InsightsViewModel.State;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The insights panel and the summary line in the real window, on the demo data with insights served beside it. */
class InsightsFxTest extends WindowTest {

    private InsightsWindow show(Path settings) throws Exception {
        InsightsWindow window = InsightsWindow.show(stage, settings);
        open.add(window);
        return window;
    }

    private static InsightsViewModel insights(InsightsWindow window) {
        return window.window().desktop().insights();
    }

    private static InsightsView panel(InsightsWindow window) {
        return (InsightsView) window.window().scene().lookup(".insights-pane");
    }

    private static void awaitState(InsightsWindow window, State state) throws Exception {
        waitUntil(() -> insights(window).getState() == state);
    }

    private static List<String> texts(List<Node> nodes, String styleClass) throws Exception {
        return onFx(() -> nodes.stream()
                .map(n -> ((Label) n.lookup("." + styleClass)).getText())
                .toList());
    }

    @Test
    void thePanelOpensClosesAndIsRememberedAcrossRestarts(FxRobot robot) throws Exception {
        InsightsWindow window = show(home);
        awaitState(window, State.PENDING);
        assertThat(panel(window)).as("closed at first, built when first opened").isNull();

        ToggleButton toggle = (ToggleButton) window.window().scene().lookup(".insights-toggle");
        robot.clickOn(toggle);
        WaitForAsyncUtils.waitForFxEvents();
        InsightsView panel = panel(window);
        assertThat(shown(panel)).isTrue();
        assertThat(toggle.isSelected()).isTrue();

        // Beside the details pane, the two share one column: the transcript keeps its width.
        onFx(() -> window.window().desktop().details().openProperty().set(true));
        SplitPane column = (SplitPane) window.window().scene().lookup(".side-column");
        assertThat(onFx(() -> column.getItems().stream()
                        .map(n -> n.getStyleClass().get(0))
                        .toList()))
                .containsExactly("details-pane", "insights-pane");
        assertThat(column.getOrientation()).isEqualTo(Orientation.VERTICAL);
        onFx(() -> window.window().desktop().details().openProperty().set(false));
        assertThat(onFx(() -> List.copyOf(column.getItems()))).containsExactly(panel);

        robot.clickOn(robot.from(panel).lookup(".insights-close").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(panel)).isFalse();
        assertThat(toggle.isSelected()).isFalse();

        robot.clickOn(window.window().list());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(panel)).as("Ctrl+Shift+I").isTrue();
        assertThat(insights(window).openProperty().get()).isTrue();
        window.close();
        open.remove(window);

        assertThat(Files.readString(home.resolve(".config/transcript-viewer/settings.json")))
                .contains("\"insights_panel_open\" : true");
        InsightsWindow again = show(home);
        awaitState(again, State.PENDING);
        assertThat(shown(panel(again))).as("open again after a restart").isTrue();
    }

    @Test
    void theInsightsShowAsCardsAndTheSummaryUnderTheTitle() throws Exception {
        InsightsWindow window = show(home);
        onFx(() -> insights(window).openProperty().set(true));
        awaitState(window, State.PENDING);
        InsightsView panel = panel(window);

        assertThat(onFx(() -> panel.message().getText()))
                .isEqualTo("Telnyx is still working on this conversation's insights.");
        assertThat(onFx(() -> shown(panel.againButton())
                        && panel.againButton().getText().equals("Refresh")))
                .isTrue();
        List<Node> cards = onFx(() -> List.copyOf(panel.cards()));
        assertThat(texts(cards, "insight-name")).containsExactly("Summary", "Call outcome", "Customer satisfaction");
        assertThat(texts(cards, "insight-status")).containsExactly("Completed", "Completed", "In progress");
        GridPane fields = onFx(() -> (GridPane) cards.get(1).lookup(".insight-fields"));
        assertThat(onFx(() -> fields.getChildren().stream()
                        .filter(Label.class::isInstance)
                        .map(n -> ((Label) n).getText().replace("\u200B", ""))
                        .toList()))
                .containsExactly(
                        "resolved",
                        "intent",
                        "appointment.service",
                        "appointment.slot",
                        "appointment.confirmation",
                        "follow_up",
                        "escalated");
        assertThat(onFx(() -> ((Label) cards.get(2).lookup(".insight-empty")).getText()))
                .isEqualTo("No result yet.");

        Label summary = (Label) window.window().scene().lookup(".insight-summary-line");
        assertThat(shown(summary)).isTrue();
        assertThat(onFx(summary::getText)).isEqualTo(InsightsWindow.SUMMARY);
        assertThat(onFx(() -> summary.getTooltip().getText())).isEqualTo(InsightsWindow.SUMMARY);
        assertThat(onFx(() -> summary.getWidth()))
                .as("ellipsised to the header, not widening it")
                .isLessThan(onFx(() -> window.window().stage().getWidth()));
    }

    @Test
    void noneErrorAndRetryInThePanel(FxRobot robot) throws Exception {
        InsightsWindow window = show(home);
        window.api().fail(InsightsWindow.INSIGHTS, 503, "10007", "Unexpected error");
        onFx(() -> {
            insights(window).openProperty().set(true);
            insights(window).refresh();
        });
        awaitState(window, State.ERROR);
        InsightsView panel = panel(window);
        assertThat(onFx(() -> panel.message().getText())).isNotBlank();
        assertThat(onFx(() -> panel.message().getStyleClass().contains("problem")))
                .isTrue();
        assertThat(onFx(() -> panel.againButton().getText())).isEqualTo("Retry");
        assertThat(onFx(() -> panel.cards().isEmpty())).isTrue();
        Label summary = (Label) window.window().scene().lookup(".insight-summary-line");
        assertThat(shown(summary)).as("no summary while failed").isFalse();

        window.api().answer(InsightsWindow.INSIGHTS, runs());
        robot.clickOn(panel.againButton());
        awaitState(window, State.NONE);
        assertThat(onFx(() -> panel.message().getText())).isEqualTo("No insights for this conversation.");
        assertThat(onFx(() -> panel.message().getStyleClass().contains("quiet")))
                .isTrue();
        assertThat(shown(panel.againButton())).isFalse();

        window.api()
                .answer(
                        InsightsWindow.INSIGHTS,
                        runs(run("r", "completed", "2025-04-17T15:50:12Z", "ins-summary", "Booked.")));
        robot.clickOn(panel.refreshButton());
        awaitState(window, State.COMPLETED);
        assertThat(shown(panel.message())).isFalse();
        assertThat(onFx(() -> panel.cards().size())).isEqualTo(1);
        assertThat(onFx(summary::getText)).isEqualTo("Booked.");
    }

    @Test
    void aTranscriptFileSaysItHasNoInsights() throws Exception {
        InsightsWindow window = show(home);
        awaitState(window, State.PENDING);
        Path file = home.resolve("call.json");
        Files.writeString(file, "[{\"role\":\"user\",\"text\":\"hi\",\"created_at\":\"2025-04-01T10:00:00Z\"}]");
        onFx(() -> {
            insights(window).openProperty().set(true);
            window.window().desktop().mainViewModel().openFile(file);
        });
        awaitState(window, State.FROM_FILE);

        assertThat(onFx(() -> panel(window).message().getText()))
                .isEqualTo("Transcripts opened from a file have no insights.");
        assertThat(onFx(() -> panel(window).refreshButton().isDisabled())).isTrue();
        assertThat(shown(window.window().scene().lookup(".insight-summary-line")))
                .isFalse();
    }
}
