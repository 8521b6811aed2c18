package com.transcriptviewer.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.source.ConversationLoader;
import com.transcriptviewer.testing.AnsweringDialogs;
import com.transcriptviewer.testing.FakeTranscriptSource;
import com.transcriptviewer.testing.FxThread;
import com.transcriptviewer.testing.StyledStages;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.json.JsonFormatter;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File > Export > HTML… in a window: the save dialog's answer, progress with Cancel, then the outcome. */
@ExtendWith(ApplicationExtension.class)
class ExportViewFxTest {

    private static final int TOTAL = 250;
    private static final int PAGE_SIZE = 50;

    @TempDir
    Path folder;

    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "export-test");
        thread.setDaemon(true);
        return thread;
    });
    /** Page 1 comes at once; later pages wait until the test releases them (or their request is cancelled). */
    private final FakeTranscriptSource source = new FakeTranscriptSource()
            .add("c1", TOTAL, i -> FakeTranscriptSource.numbered("message " + i, i))
            .withLabel("test")
            .withHeaders(id -> Optional.of(new Conversation(id, "Refund call", null, null, Map.of())))
            .holdPagesAfter(1);

    private final List<String> suggestedNames = new ArrayList<>();
    private TranscriptViewModel transcript;
    private ExportViewModel viewModel;
    private ExportView view;

    @Start
    void start(Stage stage) {
        FxExecutors executors = new FxExecutors(background, Platform::runLater, (delay, task) -> () -> {});
        transcript = new TranscriptViewModel(
                new ConversationLoader(background, PAGE_SIZE, ConversationLoader.DEFAULT_CONCURRENCY),
                executors,
                new BubbleContext(new JsonFormatter(), background, Platform::runLater, TimeFormat.local()));
        viewModel = new ExportViewModel(
                transcript,
                new ConversationExporter(ZoneOffset.UTC, ExportSamples.CLOCK),
                executors,
                SecretScrubber::none);
        view = new ExportView(viewModel, new AnsweringDialogs(request -> {
            suggestedNames.add(request.suggestedName());
            return Optional.of(folder.resolve(request.suggestedName()));
        }));
        BorderPane root = new BorderPane();
        root.setTop(new MenuBar(new Menu("File", null, view.menu())));
        root.setBottom(view);
        StyledStages.show(stage, root, 900, 300);
    }

    @AfterEach
    void stop() {
        source.release();
        background.shutdownNow();
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        FxThread.waitUntil(condition, 20);
    }

    private MenuItem item(String id) {
        return view.menu().getItems().stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void exportShowsProgressCancelsCleanlyAndThenSucceeds(FxRobot robot) throws Exception {
        MenuItem html = item("menu-export-html");
        assertThat(html.isDisable()).as("nothing open yet").isTrue();
        assertThat(view.isVisible()).isFalse();

        robot.interact(() -> transcript.open(source, "c1"));
        waitFor(() -> transcript.stateProperty().get() == TranscriptState.READY
                && !transcript.conversationNameProperty().get().isEmpty());
        assertThat(html.isDisable()).isFalse();

        robot.interact(html::fire);
        waitFor(() -> viewModel.phaseProperty().get() == ExportViewModel.Phase.LOADING);
        Label message = robot.lookup("#export-message").queryAs(Label.class);
        Button cancel = robot.lookup("#export-cancel").queryButton();
        assertThat(view.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("Loading 50 of 250 messages…");
        assertThat(cancel.isVisible()).isTrue();
        assertThat(html.isDisable()).as("one export at a time").isTrue();
        assertThat(suggestedNames).containsExactly("Refund call c1.html");

        robot.clickOn(cancel);
        waitFor(() -> viewModel.phaseProperty().get() == ExportViewModel.Phase.CANCELLED);
        assertThat(message.getText()).isEqualTo("Export cancelled. Nothing was written.");
        assertThat(cancel.isVisible()).isFalse();
        assertThat(robot.lookup("#export-dismiss").queryButton().isVisible()).isTrue();
        waitFor(() -> !transcript.loadingAllProperty().get()
                && transcript.stateProperty().get() == TranscriptState.READY);
        assertThat(transcript.loadedMessagesProperty().get())
                .as("what was shown stays")
                .isEqualTo(PAGE_SIZE);
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).isEmpty();
        }

        source.release();
        robot.interact(html::fire);
        waitFor(() -> viewModel.phaseProperty().get() == ExportViewModel.Phase.DONE);
        Path file = folder.resolve("Refund call c1.html");
        assertThat(message.getText()).startsWith("Exported 250 messages as HTML to " + file);
        assertThat(Jsoup.parse(file.toFile(), "UTF-8").select("article.bubble")).hasSize(TOTAL);

        robot.clickOn("#export-dismiss");
        waitFor(() -> !view.isVisible());
        assertThat(viewModel.phaseProperty().get()).isEqualTo(ExportViewModel.Phase.IDLE);
    }
}
