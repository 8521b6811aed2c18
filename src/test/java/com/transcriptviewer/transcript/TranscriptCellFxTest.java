package com.transcriptviewer.transcript;

import static com.transcriptviewer.testing.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.testing.Fixtures;
import com.transcriptviewer.testing.StyledStages;
import com.transcriptviewer.transcript.bubble.MessageBubble;
import com.transcriptviewer.transcript.bubble.MessageBubbleViewModel;
import com.transcriptviewer.transcript.bubble.ToolCallCard;
import com.transcriptviewer.ui.json.JsonView;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Group;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The cell the list measures rows with (kept in a hidden group of the list's own) binds a row only when no cell has
 * laid that row out at that width: the list measures rows again after every page that arrives.
 */
@ExtendWith(ApplicationExtension.class)
class TranscriptCellFxTest {

    private final StackPane root = new StackPane();
    private final Group hidden = new Group();

    @Start
    void start(Stage stage) {
        hidden.setVisible(false);
        root.getChildren().add(hidden);
        StyledStages.show(stage, root, 800, 600);
    }

    @Test
    void theMeasuringCellTakesAKnownHeightWithoutBindingTheRow(FxRobot robot) {
        RowHeights heights = new RowHeights();
        TranscriptRow.MessageRow row = row(message(Role.ASSISTANT, "A long answer that wraps. ".repeat(20), 0));
        TranscriptCell onScreen = cell(heights);
        TranscriptCell measuring = cell(heights);
        double[] heightOnScreen = new double[1];
        double[] heightMeasured = new double[2];
        robot.interact(() -> {
            root.getChildren().add(onScreen);
            hidden.getChildren().add(measuring);
            onScreen.updateItem(row, false);
            onScreen.applyCss();
            heightOnScreen[0] = onScreen.prefHeight(600);

            measuring.updateItem(row, false);
            measuring.applyCss();
            heightMeasured[0] = measuring.prefHeight(600);
        });
        MessageBubble measuringBubble = (MessageBubble) measuring.getGraphic();
        assertThat(heightOnScreen[0]).isGreaterThan(60);
        assertThat(heightMeasured[0]).isEqualTo(heightOnScreen[0]);
        assertThat(measuringBubble.getViewModel())
                .as("not bound: its height was known")
                .isNull();

        // Another width: not known, so the row is bound and laid out.
        robot.interact(() -> heightMeasured[1] = measuring.prefHeight(400));
        assertThat(measuringBubble.getViewModel()).isSameAs(row.bubble());
        assertThat(heightMeasured[1]).isGreaterThan(heightOnScreen[0]);
    }

    private static TranscriptCell cell(RowHeights heights) {
        return new TranscriptCell(
                () -> {},
                new SimpleIntegerProperty(5),
                () -> new ToolCallCard(new JsonView(Runnable::run, Runnable::run), text -> {}),
                heights);
    }

    private static TranscriptRow.MessageRow row(Message message) {
        return new TranscriptRow.MessageRow(
                0, message, new MessageBubbleViewModel(message, Fixtures.START, null, Fixtures.directContext()));
    }
}
