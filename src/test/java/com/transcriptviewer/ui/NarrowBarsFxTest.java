package com.transcriptviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Controls of a bar that make way when it is too narrow for all of them, and come back when it is wide enough. */
@ExtendWith(ApplicationExtension.class)
class NarrowBarsFxTest {

    private final Pane root = new Pane();

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(root, 400, 100));
        stage.show();
    }

    private static Region fixed(double width) {
        Region region = new Region();
        region.setPrefWidth(width);
        region.setMinWidth(Region.USE_PREF_SIZE);
        return region;
    }

    @Test
    void droppableNodesHideWhileTheBarIsShortOfRoomForThem(FxRobot robot) {
        Region droppable = fixed(40);
        HBox group = new HBox(fixed(50), droppable);
        // Needs 100 + 50 + 60 and two gaps of 8 without the droppable node (226), 266 with it.
        HBox bar = new HBox(8, fixed(100), group, fixed(60));
        robot.interact(() -> {
            root.getChildren().setAll(bar);
            bar.resize(300, 30);
            NarrowBars.dropWhenShort(bar, List.of(droppable));
        });
        assertThat(droppable.isVisible()).isTrue();

        robot.interact(() -> bar.resize(265, 30));
        assertThat(droppable.isVisible()).isFalse();
        assertThat(droppable.isManaged()).as("it takes no room").isFalse();

        robot.interact(() -> bar.resize(250, 30));
        assertThat(droppable.isVisible()).as("no flicker while still short").isFalse();

        robot.interact(() -> bar.resize(266, 30));
        assertThat(droppable.isVisible()).isTrue();
        assertThat(droppable.isManaged()).isTrue();
    }
}
