package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.export.ExportFormat;
import com.transcriptviewer.export.ExportViewModel;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.source.FileIndexing;
import com.transcriptviewer.source.FileTranscriptSource;
import com.transcriptviewer.source.IndexProgress;
import com.transcriptviewer.testing.TranscriptFiles;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.find.FindViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A big transcript file in the real window: its first page shows while the rest is indexed, the status bar shows
 * the progress with Cancel, and Ctrl+End, find and export started during the indexing finish once it is done. The
 * indexer is held at a gate after its first 4,000 messages, so "during" does not depend on timing.
 */
@ExtendWith(ApplicationExtension.class)
class BigFileFxTest {

    private static final int MESSAGES = 20_000;
    private static final int GATE = 4_000;

    @TempDir
    Path home;

    @TempDir
    Path files;

    private Stage stage;
    private WindowFixture window;
    private final CountDownLatch gate = new CountDownLatch(1);
    private final List<Runnable> indexer = new ArrayList<>();
    private FileIndexing indexing;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        gate.countDown();
        if (window != null) {
            window.close();
        }
    }

    /**
     * Opens {@code file} as File > Open shows it, its indexer started only once the window follows its progress, and
     * held at the gate when it has indexed 4,000 messages: listeners are told every 2,000, and the gate's, first in
     * line, holds the indexer before the window hears of 4,000, so the window shows 2,000 while pages up to 40 can be
     * read.
     */
    private void openGated(Path file) throws Exception {
        FileTranscriptSource source = new FileTranscriptSource(file, WireFormat.shared(), indexer::add);
        indexing = source.indexing().orElseThrow();
        indexing.addListener(progress -> {
            if (progress.messages() == GATE && !progress.isOver()) {
                try {
                    gate.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        onFx(() -> window.transcript().open(source, source.displayId()));
        WaitForAsyncUtils.waitForFxEvents();
        new Thread(indexer.get(0), "test-indexer").start();
        waitUntil(() -> window.transcript().firstPageShownProperty().get());
        waitUntil(() -> indexing.progress().messages() == GATE && progress().messages() == 2_000);
    }

    private IndexProgress progress() {
        return window.transcript().indexingProperty().get();
    }

    private int lastMessageRow() throws Exception {
        return onFx(() -> {
            List<TranscriptRow> rows = window.transcript().rows();
            for (int i = rows.size() - 1; i >= 0; i--) {
                if (rows.get(i) instanceof TranscriptRow.MessageRow) {
                    return i;
                }
            }
            return -1;
        });
    }

    @Test
    void theFirstPageShowsWhileIndexingAndCtrlEndGoesToTheLastMessageOnceIndexed(FxRobot robot) throws Exception {
        window = WindowFixture.demo(stage, home);
        window.awaitFirstPage();
        Path file = TranscriptFiles.write(files.resolve("big.json"), MESSAGES, TranscriptFiles.Shape.ENVELOPE);
        openGated(file);

        Node strip = robot.lookup("#indexing-strip").query();
        Label text = robot.lookup("#indexing-text").queryAs(Label.class);
        Button cancel = robot.lookup("#indexing-cancel").queryAs(Button.class);
        assertThat(onFx(strip::isVisible)).isTrue();
        assertThat(onFx(text::getText))
                .startsWith("Indexing big.json: 2,000 messages · ")
                .endsWith("% of the file");
        assertThat(onFx(cancel::isVisible)).isTrue();
        assertThat(window.loadedMessages().size())
                .as("the first pages, not all")
                .isBetween(100, GATE);
        assertThat(window.visibleBubbles()).isNotEmpty();
        window.screenshot("big-file-indexing.png");

        robot.clickOn(window.list());
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        waitUntil(() -> window.transcript().loadedMessagesProperty().get() == GATE);
        assertThat(onFx(() -> window.transcript().stateProperty().get()))
                .as("the rest waits for the indexer")
                .isEqualTo(TranscriptState.LOADING_MORE);

        gate.countDown();
        waitUntil(() -> window.transcript().stateProperty().get() == TranscriptState.COMPLETE, 120);
        waitUntil(() -> progress().phase() == IndexProgress.Phase.DONE);
        assertThat(window.loadedMessages()).hasSize(MESSAGES);
        assertThat(window.loadedMessages().get(MESSAGES - 1).text()).isEqualTo(TranscriptFiles.textOf(MESSAGES - 1));
        int last = lastMessageRow();
        waitUntil(() -> window.list().getSelectionModel().getSelectedIndex() == last
                || window.flow().getLastVisibleCell().getIndex() >= last);
        assertThat(onFx(strip::isVisible))
                .as("the strip goes once the file is indexed")
                .isFalse();
        assertThat(onFx(() -> window.transcript().statusTextProperty().get())).startsWith("All 20,000 messages loaded");
    }

    @Test
    void findAndExportStartedWhileIndexingFinishOnceIndexed(FxRobot robot) throws Exception {
        window = WindowFixture.demo(stage, home);
        window.awaitFirstPage();
        Path file = TranscriptFiles.write(files.resolve("big.json"), MESSAGES, TranscriptFiles.Shape.BARE_ARRAY);
        openGated(file);
        FindViewModel find = window.desktop().find();
        ExportViewModel export = window.desktop().export();
        Path target = files.resolve("exported.json");

        robot.clickOn(window.list());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        TextField field = robot.lookup(".find-field").queryAs(TextField.class);
        // Message 17,496 (from 1) is the only one saying "Turn 3500:".
        robot.write("Turn 3500:");
        onFx(() -> export.export(ExportFormat.JSON, target));
        waitUntil(() -> window.transcript().loadedMessagesProperty().get() == GATE);
        assertThat(onFx(() -> find.matchCountProperty().get()))
                .as("not found yet")
                .isZero();
        assertThat(onFx(() -> export.phaseProperty().get())).isNotEqualTo(ExportViewModel.Phase.DONE);
        assertThat(field.getText()).isEqualTo("Turn 3500:");

        gate.countDown();
        waitUntil(() -> find.matchCountProperty().get() == 1, 120);
        waitUntil(() -> export.phaseProperty().get() == ExportViewModel.Phase.DONE, 120);

        robot.type(KeyCode.ENTER);
        waitUntil(() -> find.currentMatchProperty().get() != null);
        assertThat(find.currentMatchProperty().get().messageIndex()).isEqualTo(17_495);
        List<Message> exported =
                WireFormat.shared().parseMessagePage(Files.readAllBytes(target)).items();
        assertThat(exported).hasSize(MESSAGES);
        List<Message> shown = window.loadedMessages();
        for (int i : new int[] {0, GATE - 1, GATE, 17_495, MESSAGES - 1}) {
            assertThat(exported.get(i).rawJson().text())
                    .as("message %d as the file has it", i)
                    .isEqualTo(shown.get(i).rawJson().text());
        }
    }

    @Test
    void cancelStopsTheIndexingAndKeepsWhatWasShown(FxRobot robot) throws Exception {
        window = WindowFixture.demo(stage, home);
        window.awaitFirstPage();
        Path file = TranscriptFiles.write(files.resolve("big.json"), MESSAGES, TranscriptFiles.Shape.ENVELOPE);
        openGated(file);

        robot.clickOn("#indexing-cancel");
        gate.countDown();
        waitUntil(() -> progress().phase() == IndexProgress.Phase.CANCELLED);

        Label text = robot.lookup("#indexing-text").queryAs(Label.class);
        assertThat(onFx(text::getText))
                .isEqualTo("Indexing of big.json was cancelled after 4,000 messages; open the file again to read"
                        + " the rest.");
        assertThat(onFx(() -> robot.lookup("#indexing-cancel").query().isVisible()))
                .isFalse();
        assertThat(window.loadedMessages().size()).as("what was shown stays").isBetween(100, GATE);
        window.screenshot("big-file-cancelled.png");
    }
}
