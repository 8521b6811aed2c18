package com.transcriptviewer.export.reviews.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.export.SecretScrubber;
import com.transcriptviewer.export.reviews.ReviewSamples;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.testing.AnsweringDialogs;
import com.transcriptviewer.testing.FxThread;
import com.transcriptviewer.testing.InMemoryReviewStore;
import com.transcriptviewer.testing.StyledStages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Export reviews dialog in a window: the choices, the save dialog's answer, the outcome shown in the dialog. */
@ExtendWith(ApplicationExtension.class)
class ReviewExportDialogFxTest {

    @TempDir
    Path folder;

    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "review-export-test");
        thread.setDaemon(true);
        return thread;
    });
    private final InMemoryReviewStore store =
            new InMemoryReviewStore(ReviewSamples.someReviews().toArray(ReviewEntry[]::new));
    private final List<String> proposed = new ArrayList<>();
    private ReviewExportViewModel viewModel;
    private AnsweringDialogs dialogs;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = new ReviewExportViewModel(
                store::entries,
                SecretScrubber::none,
                new FxExecutors(background, Platform::runLater, (delay, task) -> () -> {}),
                ZoneOffset.UTC,
                Clock.fixed(Instant.parse("2026-03-05T10:00:00Z"), ZoneOffset.UTC));
        dialogs = new AnsweringDialogs(request -> {
            proposed.add(request.suggestedName());
            return Optional.of(folder.resolve(request.suggestedName()));
        });
        StyledStages.show(stage, new StackPane(), 400, 200);
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private ReviewExportDialog open(FxRobot robot) throws Exception {
        robot.interact(() -> ReviewExportDialog.menuItem(viewModel, dialogs).fire());
        ReviewExportDialog dialog = (ReviewExportDialog) dialogs.dialogs().get(0);
        robot.interact(() -> {
            dialog.initOwner(stage);
            dialog.show();
        });
        return dialog;
    }

    @Test
    void exportsTheChosenReviewsAndShowsWhereTheyWent(FxRobot robot) throws Exception {
        ReviewExportDialog dialog = open(robot);
        @SuppressWarnings("unchecked")
        ComboBox<String> reviewer = robot.lookup("#review-reviewer").queryAs(ComboBox.class);
        FxThread.waitUntil(() -> reviewer.getItems().size() == 3, 10);
        assertThat(reviewer.getItems()).containsExactly("", "ana", "bo");
        assertThat(reviewer.getConverter().toString(reviewer.getValue())).isEqualTo("Everyone");

        robot.clickOn("#review-format-json");
        robot.interact(() -> reviewer.setValue("bo"));
        robot.clickOn("#review-history");
        assertThat(viewModel.filter().reviewer()).isEqualTo("bo");
        assertThat(viewModel.filter().latestOnly()).isFalse();

        Button export = (Button) dialog.getDialogPane().lookupButton(ReviewExportDialog.EXPORT);
        robot.clickOn(export);
        FxThread.waitUntil(() -> viewModel.phaseProperty().get() == ReviewExportViewModel.Phase.DONE, 20);

        Path file = folder.resolve("reviews-2026-03-05.json");
        assertThat(proposed).containsExactly("reviews-2026-03-05.json");
        assertThat(Files.readString(file)).contains("\"authorUserId\":\"bo\"").doesNotContain("\"ana\"");
        Label message = robot.lookup("#review-export-message").queryAs(Label.class);
        assertThat(message.getText()).startsWith("Exported 2 reviews as JSON to " + file);
        assertThat(message.getStyleClass()).contains("success");
        assertThat(dialog.isShowing()).as("stays open for another export").isTrue();
        robot.interact(() -> dialog.setResult(ButtonType.CLOSE));
    }

    @Test
    void daysTheWrongWayRoundDisableExportAndSaySo(FxRobot robot) throws Exception {
        ReviewExportDialog dialog = open(robot);
        DatePicker from = robot.lookup("#review-from").queryAs(DatePicker.class);
        DatePicker to = robot.lookup("#review-to").queryAs(DatePicker.class);

        robot.interact(() -> {
            from.setValue(java.time.LocalDate.of(2026, 3, 3));
            to.setValue(java.time.LocalDate.of(2026, 3, 1));
        });

        Button export = (Button) dialog.getDialogPane().lookupButton(ReviewExportDialog.EXPORT);
        assertThat(export.isDisable()).isTrue();
        Label problem = robot.lookup("#review-date-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("no review could match");
        robot.interact(() -> dialog.setResult(ButtonType.CLOSE));
    }

    @Test
    void aDatabaseThatCannotBeReadIsShownInRed(FxRobot robot) throws Exception {
        store.failWith("The review database is locked.");
        ReviewExportDialog dialog = open(robot);

        robot.clickOn(dialog.getDialogPane().lookupButton(ReviewExportDialog.EXPORT));
        FxThread.waitUntil(() -> viewModel.phaseProperty().get() == ReviewExportViewModel.Phase.FAILED, 20);

        Label message = robot.lookup("#review-export-message").queryAs(Label.class);
        assertThat(message.getText()).endsWith("The review database is locked.");
        assertThat(message.getStyleClass()).contains("danger");
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).isEmpty();
        }
        robot.interact(() -> dialog.setResult(ButtonType.CLOSE));
    }
}
