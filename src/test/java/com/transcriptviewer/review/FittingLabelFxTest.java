package com.transcriptviewer.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.testing.StyledStages;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The header's progress says as much as its line has room for, and never squeezes its neighbours for it. */
@ExtendWith(ApplicationExtension.class)
class FittingLabelFxTest {

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        StyledStages.show(stage, root, 900, 200);
    }

    private record Line(HBox box, Label neighbour, FittingLabel progress) {}

    private Line show(FxRobot robot, double width) {
        Label neighbour = new Label("17 tool calls · 13 with problems");
        FittingLabel progress = new FittingLabel();
        progress.setForms("4 of 17 tool calls reviewed", "4 of 17 reviewed", "4/17");
        HBox box = new HBox(8, neighbour, progress);
        box.setMaxWidth(width);
        box.setPrefWidth(width);
        robot.interact(() -> {
            root.getChildren().setAll(box);
            root.applyCss();
            root.layout();
            box.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return new Line(box, neighbour, progress);
    }

    @Test
    void theLongestFormThatFitsShows(FxRobot robot) {
        Line roomy = show(robot, 700);
        assertThat(roomy.progress().getText()).isEqualTo("4 of 17 tool calls reviewed");

        Line crowded = show(robot, neighbourWidth(robot) + 8 + 140);
        assertThat(crowded.progress().getText()).isEqualTo("4 of 17 reviewed");
        assertThat(crowded.neighbour().getWidth())
                .isGreaterThanOrEqualTo(crowded.neighbour().prefWidth(-1) - 0.5);

        Line tight = show(robot, neighbourWidth(robot) + 8 + 60);
        assertThat(tight.progress().getText()).isEqualTo("4/17");
        assertThat(tight.neighbour().getWidth())
                .as("the neighbour keeps its words")
                .isGreaterThanOrEqualTo(tight.neighbour().prefWidth(-1) - 0.5);
    }

    private double neighbourWidth(FxRobot robot) {
        Line probe = show(robot, 900);
        return Math.ceil(probe.neighbour().prefWidth(-1));
    }
}
