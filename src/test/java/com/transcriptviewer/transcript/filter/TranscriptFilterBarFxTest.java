package com.transcriptviewer.transcript.filter;

import static com.transcriptviewer.transcript.PagedTranscript.call;
import static com.transcriptviewer.transcript.PagedTranscript.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Role;
import com.transcriptviewer.testing.StyledStages;
import com.transcriptviewer.transcript.PagedTranscript;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The function list keeps up with the counts: its items are set as it opens, and at once while it is open. */
@ExtendWith(ApplicationExtension.class)
class TranscriptFilterBarFxTest {

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        StyledStages.show(stage, root, 900, 200);
    }

    /** A lookup in the first page of two messages, a transfer in the second. */
    private final PagedTranscript transcript = new PagedTranscript(
            List.of(
                    message(Role.USER, "hi", 0),
                    message(Role.ASSISTANT, null, 1, call("c1", "lookup")),
                    message(Role.TOOL, "{}", 2),
                    message(Role.ASSISTANT, null, 3, call("c2", "transfer"), call("c3", "lookup"))),
            2);

    private TranscriptFilterBar bar(FxRobot robot) {
        AtomicReference<TranscriptFilterBar> bar = new AtomicReference<>();
        robot.interact(() -> {
            TranscriptFilterViewModel filters =
                    new TranscriptFilterViewModel(transcript.viewModel(), new SimpleIntegerProperty());
            bar.set(new TranscriptFilterBar(filters, new SimpleIntegerProperty(10)));
            root.getChildren().setAll(bar.get());
            transcript.open();
        });
        return bar.get();
    }

    private static List<String> labels(TranscriptFilterBar bar) {
        return bar.functionMenu().getItems().stream()
                .map(bar.functionMenu().getConverter()::toString)
                .toList();
    }

    @Test
    void itemsAreSetWhenTheListOpensAndFollowTheCountsWhileItIsOpen(FxRobot robot) {
        TranscriptFilterBar bar = bar(robot);
        robot.interact(() -> bar.functionMenu().show());
        assertThat(labels(bar)).containsExactly("lookup (1)");

        robot.interact(() -> {
            transcript.viewModel().loadMore();
            transcript.runBackground();
        });
        assertThat(labels(bar))
                .as("a page arriving while the list is open")
                .containsExactly("lookup (2)", "transfer (1)");
        robot.interact(() -> bar.functionMenu().hide());
    }

    @Test
    void checksAndTheTitleSurviveItemsSetLater(FxRobot robot) {
        TranscriptFilterBar bar = bar(robot);
        robot.interact(() -> {
            bar.functionMenu().show();
            bar.functionMenu().getCheckModel().check("lookup");
            bar.functionMenu().hide();
            transcript.viewModel().loadMore();
            transcript.runBackground();
        });
        assertThat(bar.functionMenu().getTitle()).isEqualTo("Functions (1)");

        robot.interact(() -> bar.functionMenu().show());
        assertThat(labels(bar)).containsExactly("lookup (2)", "transfer (1)");
        assertThat(bar.functionMenu().getCheckModel().getCheckedItems()).containsExactly("lookup");
        robot.interact(() -> bar.functionMenu().hide());
    }
}
