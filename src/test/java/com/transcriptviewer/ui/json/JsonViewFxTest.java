package com.transcriptviewer.ui.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.transcriptviewer.testing.StyledStages;
import com.transcriptviewer.text.TextMarks;
import com.transcriptviewer.text.json.FormattedJson;
import com.transcriptviewer.text.json.JsonFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A JSON view shows a text that fits as plain text nodes until the area is needed, and the area that then takes its
 * place puts every line where the preview had it, in a view of the same size.
 */
@ExtendWith(ApplicationExtension.class)
class JsonViewFxTest {

    private static final String JSON =
            "{\"available_slots\":[\"2025-04-22T13:30:00-05:00\",\"2025-04-22T15:00:00-05:00\"],"
                    + "\"timezone\":\"America/Chicago\",\"count\":2,\"ok\":true,\"note\":null}";

    private VBox root;
    /**
     * Above the view: where the pointer waits, so that it is not over the view when the view appears, and what has the
     * keyboard (a window gives it to its first focusable node).
     */
    private Button away;

    @Start
    void start(Stage stage) {
        away = new Button("Elsewhere");
        away.setMinHeight(100);
        root = new VBox(away);
        StyledStages.show(stage, root, 700, 500);
    }

    private JsonView show(FxRobot robot, FormattedJson json) {
        robot.moveTo(away);
        AtomicReference<JsonView> view = new AtomicReference<>();
        robot.interact(() -> {
            JsonView made = new JsonView(Runnable::run, Runnable::run);
            made.showFormatted(json);
            root.getChildren().setAll(away, made);
            view.set(made);
        });
        return view.get();
    }

    private static FormattedJson formatted(String raw) {
        return new JsonFormatter().format(raw).formatted().orElseThrow();
    }

    @Test
    void theAreaPutsEachLineWhereThePreviewHadIt(FxRobot robot) {
        FormattedJson json = formatted(JSON);
        JsonView view = show(robot, json);
        assertThat(view.lookupAll(".styled-text-area")).as("no area yet").isEmpty();
        assertThat(view.getDisplayedText()).isEqualTo(json.text());

        List<Bounds> previewLines = new ArrayList<>();
        List<Integer> lineStarts = lineStarts(json.text());
        AtomicReference<Double> previewHeight = new AtomicReference<>();
        robot.interact(() -> {
            TextFlow flow = (TextFlow) view.lookup(".json-preview-text");
            for (int start : lineStarts) {
                previewLines.add(flow.localToScreen(new Path(flow.rangeShape(start, start + 1)).getBoundsInLocal()));
            }
            previewHeight.set(view.getHeight());
        });

        robot.interact(view::getArea);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat(view.lookupAll(".json-preview")).as("the preview gone").isEmpty();
            assertThat(view.getHeight()).as("the same size").isCloseTo(previewHeight.get(), within(0.5));
            for (int line = 0; line < lineStarts.size(); line++) {
                int start = lineStarts.get(line);
                Bounds inArea = view.getArea()
                        .getCharacterBoundsOnScreen(start, start + 1)
                        .orElseThrow();
                Bounds inPreview = previewLines.get(line);
                assertThat(inArea.getMinX()).as("line %d across", line).isCloseTo(inPreview.getMinX(), within(0.5));
                // The area's line boxes take in the 1px spacing between its lines above the text; the text sits alike.
                assertThat(inArea.getMaxY()).as("line %d down", line).isCloseTo(inPreview.getMaxY(), within(0.5));
            }
        });
    }

    @Test
    void thePreviewColoursTheTokensAsTheAreaDoes(FxRobot robot) {
        JsonView view = show(robot, formatted("{\"key\":\"value\",\"n\":1,\"t\":true}"));
        robot.interact(() -> {
            List<String> classes = view.lookupAll(".json-preview-text .text").stream()
                    .map(Node::getStyleClass)
                    .flatMap(List::stream)
                    .distinct()
                    .toList();
            assertThat(classes).contains("json-key", "json-string", "json-number", "json-literal", "json-punctuation");
            Text key = (Text) view.lookupAll(".json-key").iterator().next();
            assertThat(key.getText()).isEqualTo("\"key\"");
        });
    }

    @Test
    void anotherTextReusesThePreviewsTextNodesAndColoursThemAnew(FxRobot robot) {
        JsonView view = show(robot, formatted("{\"key\":\"value\",\"n\":1,\"t\":true,\"more\":[1,2,3]}"));
        List<Node> before = new ArrayList<>();
        robot.interact(() -> before.addAll(view.lookupAll(".json-preview-text .text")));

        robot.interact(() -> view.showFormatted(formatted("{\"n\":2,\"s\":\"x\"}")));
        robot.interact(() -> {
            List<Text> runs = view.lookupAll(".json-preview-text .text").stream()
                    .map(Text.class::cast)
                    .toList();
            assertThat(runs).as("no node made: fewer runs than before").allMatch(before::contains);
            assertThat(runs.stream().map(Text::getText).reduce("", String::concat))
                    .isEqualTo("{\n  \"n\": 2,\n  \"s\": \"x\"\n}");
            Text key = (Text) view.lookupAll(".json-key").iterator().next();
            assertThat(key.getText()).isEqualTo("\"n\"");
            assertThat(key.getStyleClass()).containsExactly("text", "json-key");
            Text string = (Text) view.lookupAll(".json-string").iterator().next();
            assertThat(string.getText()).isEqualTo("\"x\"");
            assertThat(view.lookupAll(".json-preview-text .json-literal"))
                    .as("no colour left over")
                    .isEmpty();
        });
    }

    @Test
    void marksPointingAndFocusBringTheArea(FxRobot robot) {
        FormattedJson json = formatted(JSON);
        JsonView marked = show(robot, json);
        robot.interact(() -> marked.setMarks(new TextMarks(List.of(new TextMarks.Range(2, 5)), 0)));
        assertThat(marked.lookupAll(".styled-text-area"))
                .as("marks need the area")
                .hasSize(1);

        JsonView pointed = show(robot, json);
        robot.moveTo(pointed);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pointed.lookupAll(".styled-text-area")).as("pointing at it").hasSize(1);

        JsonView focused = show(robot, json);
        robot.interact(() -> focused.lookup(".json-preview").requestFocus());
        assertThat(focused.lookupAll(".styled-text-area")).as("tabbing to it").hasSize(1);
        assertThat(focused.getArea().isFocused()).isTrue();
    }

    @Test
    void aTextTallerThanTheViewShowsInTheAreaAtOnce(FxRobot robot) {
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 60; i++) {
            many.append(i == 0 ? "" : ",").append(i);
        }
        JsonView view = show(robot, formatted(many.append("]").toString()));
        assertThat(view.lookupAll(".json-preview")).isEmpty();
        assertThat(view.lookupAll(".styled-text-area")).hasSize(1);
    }

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts;
    }
}
