package com.transcriptviewer.transcript.bubble;

import static com.transcriptviewer.testing.Fixtures.call;
import static com.transcriptviewer.testing.Nodes.shown;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.testing.Checks;
import com.transcriptviewer.testing.Fixtures;
import com.transcriptviewer.testing.StyledStages;
import com.transcriptviewer.ui.Icons;
import com.transcriptviewer.ui.json.JsonView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What a feature adds to a tool card: bound and unbound with the card, its badge beside the check's, its part last. */
@ExtendWith(ApplicationExtension.class)
class ToolCardPartFxTest {

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        StyledStages.show(stage, root, 800, 400);
    }

    /** A part that says which call it shows. */
    private static final class Verdict implements ToolCardPart {
        final Label badge = new Label("Wrong", Icons.icon(MaterialDesignT.THUMB_DOWN_OUTLINE, "verdict-icon"));
        final Label body = new Label();
        final List<String> events = new ArrayList<>();

        Verdict() {
            badge.getStyleClass().add("badge");
        }

        @Override
        public Label headerBadge() {
            return badge;
        }

        @Override
        public Node body() {
            return body;
        }

        @Override
        public void bind(ToolCallCardViewModel model, ToolCallCard card) {
            events.add("bind " + model.callId());
            body.setText("Review of " + model.callId());
        }

        @Override
        public void unbind() {
            events.add("unbind");
        }
    }

    private ToolCallCard show(FxRobot robot, Verdict part, double width) {
        AtomicReference<ToolCallCard> card = new AtomicReference<>();
        robot.interact(() -> {
            ToolCallCard view = new ToolCallCard(new JsonView(Runnable::run, Runnable::run), text -> {}, List.of(part));
            view.setMaxWidth(width);
            view.setPrefWidth(width);
            root.getChildren().setAll(view);
            card.set(view);
        });
        return card.get();
    }

    @Test
    void aPartIsBoundWithItsCardAndShowsItsBadgeAndItsBody(FxRobot robot) {
        Verdict part = new Verdict();
        ToolCallCard card = show(robot, part, 760);
        ToolCallCardViewModel first =
                new ToolCallCardViewModel(call("call_1", "book_table", "{\"party_size\":4}"), Fixtures.directContext());
        ToolCallCardViewModel second =
                new ToolCallCardViewModel(call("call_2", "hangup", "{}"), Fixtures.directContext());
        robot.interact(() -> {
            card.bind(first);
            first.setCheck(Checks.ok());
        });
        assertThat(part.events).containsExactly("bind call_1");
        assertThat(card.getParts()).containsExactly(part);
        assertThat(shown(part.badge)).isTrue();
        assertThat(part.badge.getParent()).isSameAs(card.getHeader());
        Bounds check = card.getCheckBadge().getBoundsInParent();
        assertThat(part.badge.getBoundsInParent().getMinX())
                .as("after the check's badge")
                .isGreaterThan(check.getMaxX());
        assertThat(shown(part.body))
                .as("the body shows on the expanded card only")
                .isFalse();

        robot.interact(() -> first.setExpanded(true));
        assertThat(shown(part.body)).isTrue();
        List<Node> body = part.body.getParent().getChildrenUnmodifiable();
        assertThat(body.indexOf(part.body))
                .as("under the arguments' check")
                .isGreaterThan(body.indexOf(card.getCheckPane()));

        robot.interact(() -> card.bind(second));
        assertThat(part.events).containsExactly("bind call_1", "unbind", "bind call_2");
        assertThat(part.body.getText()).isEqualTo("Review of call_2");
    }

    @Test
    void inANarrowCardTheBadgesKeepTheirIcons(FxRobot robot) {
        Verdict part = new Verdict();
        ToolCallCard card = show(robot, part, 180);
        ToolCallCardViewModel model = new ToolCallCardViewModel(
                call("call_1", "check_table_availability", "{\"party_size\":4}"), Fixtures.directContext());
        robot.interact(() -> {
            card.bind(model);
            model.setCheck(Checks.twoProblems());
        });
        robot.interact(() -> {});
        Bounds header = card.getHeader().getLayoutBounds();
        for (Label badge : List.of(card.getCheckBadge(), part.badge)) {
            Bounds bounds = badge.getBoundsInParent();
            assertThat(bounds.getWidth())
                    .as("the badge's icon stays")
                    .isGreaterThanOrEqualTo(ToolCardHeader.iconOnlyWidth(badge) - 0.5);
            assertThat(bounds.getMaxX()).as("inside the card").isLessThanOrEqualTo(header.getMaxX() + 0.5);
        }
    }
}
