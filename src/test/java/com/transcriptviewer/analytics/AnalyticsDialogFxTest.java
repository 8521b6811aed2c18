package com.transcriptviewer.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.WindowFixture;
import com.transcriptviewer.analytics.view.AnalyticsDialog;
import com.transcriptviewer.analytics.view.AnalyticsViewModel;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.library.LibraryMessages;
import com.transcriptviewer.library.LibraryStore;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.privacy.PrivacyMasks;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.testing.AnsweringDialogs;
import com.transcriptviewer.testing.FxThread;
import com.transcriptviewer.testing.StyledStages;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TextMask;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The analytics window on a real library file: the summary and table, a figure clicked through to its calls, a call
 * opened, a chart's bar clicked, the CSV export, and a library that cannot be read.
 */
@ExtendWith(ApplicationExtension.class)
class AnalyticsDialogFxTest {

    @TempDir
    Path folder;

    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "analytics-test");
        thread.setDaemon(true);
        return thread;
    });
    private final List<CallRow> opened = new CopyOnWriteArrayList<>();
    private LibraryStore library;
    private AnsweringDialogs dialogs;
    private Stage stage;
    /** The view-model of the window opened last. */
    private AnalyticsViewModel viewModel;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dialogs = new AnsweringDialogs(request -> Optional.of(folder.resolve(request.suggestedName())));
        StyledStages.show(stage, new StackPane(), 400, 200);
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        if (library != null) {
            library.close();
        }
    }

    private AnalyticsDialog open(FxRobot robot, AnalyticsSource source) throws Exception {
        return open(robot, source, new CurrentMask());
    }

    private AnalyticsDialog open(FxRobot robot, AnalyticsSource source, CurrentMask mask) throws Exception {
        AnalyticsViewModel viewModel = new AnalyticsViewModel(
                source,
                new FxExecutors(background, Platform::runLater, (delay, task) -> () -> {}),
                ZoneOffset.UTC,
                opened::add,
                mask);
        this.viewModel = viewModel;
        robot.interact(() -> AnalyticsDialog.menuItem(() -> viewModel, dialogs, ZoneOffset.UTC)
                .fire());
        AnalyticsDialog dialog = (AnalyticsDialog) dialogs.dialogs().get(0);
        robot.interact(() -> {
            dialog.initOwner(stage);
            dialog.show();
        });
        return dialog;
    }

    private AnalyticsDialog openOnTheHandCountedSet(FxRobot robot) throws Exception {
        library = HandCountedLibrary.keep(folder.resolve("transcript-viewer.db"));
        AnalyticsDialog dialog = open(robot, new LibraryAnalytics(library));
        Label summary = robot.lookup("#analytics-summary").queryAs(Label.class);
        FxThread.waitUntil(() -> summary.getText().startsWith("6 tool calls"), 20);
        return dialog;
    }

    @Test
    void showsTheFiguresAndListsTheCallsBehindAClickedOne(FxRobot robot) throws Exception {
        AnalyticsDialog dialog = openOnTheHandCountedSet(robot);

        assertThat(robot.lookup("#analytics-summary").queryAs(Label.class).getText())
                .isEqualTo("6 tool calls in 3 conversations · 33.3% with definition problems · 40% of results report"
                        + " an error · median 1.0 s, p95 6.0 s");
        TableView<?> table = robot.lookup("#analytics-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(4);

        // The Problems figure of book_table (second row).
        Node problems = robot.lookup(".analytics-problems")
                .match(node -> node instanceof javafx.scene.control.TableCell<?, ?> cell
                        && cell.getIndex() == 1
                        && !cell.isEmpty())
                .query();
        assertThat(((javafx.scene.control.Labeled) problems).getText()).isEqualTo("100% (2)");
        robot.clickOn(problems);
        TableView<?> calls = robot.lookup("#analytics-calls").queryAs(TableView.class);
        FxThread.waitUntil(() -> calls.getItems().size() == 2, 20);
        assertThat(robot.lookup("#analytics-calls-status").queryAs(Label.class).getText())
                .isEqualTo("Calls of book_table with definition problems: 2. Double-click one to open it.");

        // A double-click opens the transcript at the call.
        Node firstRow = robot.lookup("#analytics-calls .table-row-cell")
                .match(node -> node instanceof javafx.scene.control.TableRow<?> row && row.getIndex() == 0)
                .query();
        robot.doubleClickOn(firstRow, MouseButton.PRIMARY);
        FxThread.waitUntil(() -> !opened.isEmpty(), 10);
        assertThat(opened.get(0).conversationId()).isEqualTo("conv-b");
        assertThat(opened.get(0).messageIndex()).isZero();
        robot.interact(() -> dialog.setResult(ButtonType.CLOSE));
    }

    @Test
    void theAssistantAndVersionChoicesNameTheirBlankChoice(FxRobot robot) throws Exception {
        openOnTheHandCountedSet(robot);
        @SuppressWarnings("unchecked")
        ComboBox<String> assistant = robot.lookup("#analytics-assistant").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> version = robot.lookup("#analytics-version").queryAs(ComboBox.class);

        assertThat(assistant.getButtonCell().getText()).isEqualTo("All assistants");
        assertThat(version.getButtonCell().getText()).isEqualTo("All versions");
        // Replacing the items must not leave the choice empty: the blank choice stays chosen.
        assertThat(assistant.getValue()).isEqualTo(AnalyticsViewModel.ALL);
        assertThat(version.getValue()).isEqualTo(AnalyticsViewModel.ALL);

        // Choosing an assistant replaces the versions to choose from; the blank choice is named again.
        String first = assistant.getItems().stream()
                .filter(name -> !name.isEmpty())
                .findFirst()
                .orElseThrow();
        robot.interact(() -> assistant.setValue(first));
        assertThat(version.getValue()).isEqualTo(AnalyticsViewModel.ALL);
        assertThat(version.getButtonCell().getText()).isEqualTo("All versions");
        robot.interact(() -> assistant.setValue(""));
        assertThat(assistant.getButtonCell().getText()).isEqualTo("All assistants");
        assertThat(version.getButtonCell().getText()).isEqualTo("All versions");
    }

    @Test
    void aBarOfTheLatencyChartListsTheCallsInItsRange(FxRobot robot) throws Exception {
        AnalyticsDialog dialog = openOnTheHandCountedSet(robot);
        TabPane charts = robot.lookup("#analytics-charts").queryAs(TabPane.class);
        robot.interact(() -> charts.getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        BarChart<String, Number> latency = robot.lookup("#analytics-latency").queryAs(BarChart.class);
        XYChart.Data<String, Number> fiveToTen =
                latency.getData().get(0).getData().get(5);
        assertThat(fiveToTen.getXValue()).isEqualTo("5–10 s");
        assertThat(fiveToTen.getYValue().longValue()).isEqualTo(1);

        robot.clickOn(fiveToTen.getNode());
        TableView<?> calls = robot.lookup("#analytics-calls").queryAs(TableView.class);
        FxThread.waitUntil(() -> calls.getItems().size() == 1, 20);
        assertThat(((CallRow) calls.getItems().get(0)).callId()).isEqualTo("call_b2");
        robot.interact(() -> dialog.setResult(ButtonType.CLOSE));
    }

    @Test
    void exportsTheTableAsCsv(FxRobot robot) throws Exception {
        AnalyticsDialog dialog = openOnTheHandCountedSet(robot);

        robot.clickOn("#analytics-export");
        Label status = robot.lookup("#analytics-export-status").queryAs(Label.class);
        FxThread.waitUntil(
                () -> !status.getText().isEmpty() && !status.getText().startsWith("Writing"), 20);
        assertThat(status.getText()).startsWith("Saved tool-calls.csv (");

        assertThat(dialogs.asked())
                .singleElement()
                .satisfies(r -> assertThat(r.suggestedName()).isEqualTo("tool-calls.csv"));
        String csv = Files.readString(folder.resolve("tool-calls.csv"));
        assertThat(csv).startsWith(AnalyticsCsv.HEADER + "\r\n").contains("\r\nbook_table,2,1,2,");
        assertThat(status.getText()).startsWith("Saved tool-calls.csv (");
        robot.interact(() -> dialog.setResult(ButtonType.CLOSE));
    }

    @Test
    void inPrivacyModeTheCallsNameTheirConversationsMaskedAndFollowTheMode(FxRobot robot) throws Exception {
        library = HandCountedLibrary.keep(folder.resolve("transcript-viewer.db"));
        Instant created = Instant.parse("2026-03-04T09:00:00Z");
        library.keep(
                new Conversation(
                        "conv-d",
                        "Callback for +1 312 555 0142",
                        created,
                        created.plusSeconds(60),
                        Map.of(Conversation.ASSISTANT_ID, "asst-1", Conversation.CHANNEL, "phone_call")),
                "v2",
                LibraryMessages.read(LibraryMessages.call(
                        "call_d1", "schedule_callback", "{\"when\": \"17:00\"}", "2026-03-04T09:00:05Z")),
                Instant.parse("2026-03-10T00:00:00Z"));
        CurrentMask mask = new CurrentMask();
        mask.set(PrivacyMasks.forConversation(null));
        AnalyticsDialog dialog = open(robot, new LibraryAnalytics(library), mask);
        Label summary = robot.lookup("#analytics-summary").queryAs(Label.class);
        FxThread.waitUntil(() -> summary.getText().startsWith("7 tool calls"), 20);
        TableView<?> calls = robot.lookup("#analytics-calls").queryAs(TableView.class);
        robot.interact(() -> viewModel.showCalls(Figure.of(Figure.Kind.CALLS, "schedule_callback")));
        FxThread.waitUntil(() -> calls.getItems().size() == 1, 20);

        FxThread.waitUntil(() -> conversationCells(robot).contains("Callback for +1 312 ••• ••42"), 20);
        assertThat(conversationCells(robot)).noneMatch(text -> text.contains("555 0142"));
        WindowFixture.screenshot(dialog.getDialogPane().getScene(), "privacy-analytics-light.png");

        robot.interact(() -> mask.set(TextMask.NONE));
        FxThread.waitUntil(() -> conversationCells(robot).contains("Callback for +1 312 555 0142"), 20);
        robot.interact(() -> mask.set(PrivacyMasks.forConversation(null)));
        FxThread.waitUntil(() -> conversationCells(robot).contains("Callback for +1 312 ••• ••42"), 20);
        robot.interact(() -> dialog.setResult(ButtonType.CLOSE));
    }

    /** The texts of the call list's Conversation column. */
    private static List<String> conversationCells(FxRobot robot) {
        return robot.lookup("#analytics-calls .table-cell").queryAll().stream()
                .map(node -> ((javafx.scene.control.Labeled) node).getText())
                .filter(text -> text != null && text.startsWith("Callback"))
                .toList();
    }

    @Test
    void aLibraryThatCannotBeReadSaysWhyAndTheWindowStaysUsable(FxRobot robot) throws Exception {
        AnalyticsSource broken = new AnalyticsSource() {
            @Override
            public AnalyticsReport report(AnalyticsQuery query) throws Exception {
                throw new StoreException("Couldn't read the library (transcript-viewer.db): the file is locked.");
            }

            @Override
            public ToolCallAnalytics.Calls calls(AnalyticsQuery query, Figure figure) {
                throw new AssertionError("no figure to click");
            }

            @Override
            public Map<String, List<String>> assistants() {
                return Map.of();
            }
        };
        AnalyticsDialog dialog = open(robot, broken);

        Label summary = robot.lookup("#analytics-summary").queryAs(Label.class);
        FxThread.waitUntil(() -> summary.getText().startsWith("Couldn't"), 20);
        assertThat(summary.getText())
                .isEqualTo("Couldn't count the kept tool calls: Couldn't read the library (transcript-viewer.db): the"
                        + " file is locked.");
        assertThat(robot.lookup("#analytics-export").queryButton().isDisable()).isTrue();
        assertThat(robot.lookup("#analytics-refresh").queryButton().isDisable()).isFalse();
        robot.interact(() -> dialog.setResult(ButtonType.CLOSE));
    }
}
