package com.transcriptviewer.transcript.bubble;

import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.ToolSpec;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.text.json.JsonSyntaxError;
import com.transcriptviewer.ui.Icons;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/**
 * An expanded tool card's check, under the arguments: one quiet line saying what the call was checked against (or
 * why it could not be), where a text that is not JSON breaks, the problems one per line (a click shows the argument
 * in the JSON above), and the tool's definition behind a disclosure, closed at first: the problems are what a
 * reviewer looks for, and a long parameter table would push the next messages out of sight. The definition is built
 * the first time it is opened.
 */
final class ToolCallCheckPane extends VBox {

    private final Consumer<String> clipboard;
    private final IntConsumer onProblem;
    private final FontIcon basisIcon = Icons.check(ToolCallCheck.Status.OK);
    private final Label basis = new Label(null, basisIcon);
    private final Label syntaxError = new Label();
    private final VBox problems = new VBox();
    private final FontIcon disclosure = Icons.expand();
    private final Label definitionSummary = new Label();
    private final Button definitionToggle = new Button("Definition", disclosure);
    private final HBox definitionLine = new HBox(definitionToggle, definitionSummary);
    private final VBox definitionHolder = new VBox();

    private ToolCallCardViewModel viewModel;
    /** What is shown, so a refresh that changes none of it rebuilds nothing. */
    private ToolCallCheck shownCheck;

    private JsonSyntaxError shownError;
    private boolean shownOpen;
    private TextMask shownMask;
    private DefinitionView definition;

    /** @param onProblem told the index of a problem line the user clicked */
    ToolCallCheckPane(Consumer<String> clipboard, IntConsumer onProblem) {
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        this.onProblem = Objects.requireNonNull(onProblem, "onProblem");
        getStyleClass().add("check-pane");
        basis.getStyleClass().add("check-basis");
        basis.setWrapText(true);
        basis.setMinHeight(USE_PREF_SIZE);
        syntaxError.getStyleClass().add("check-syntax-error");
        syntaxError.setWrapText(true);
        syntaxError.setMinHeight(USE_PREF_SIZE);
        problems.getStyleClass().add("check-problems");
        definitionToggle.getStyleClass().addAll("flat", "small", "definition-toggle");
        definitionToggle.setFocusTraversable(false);
        definitionToggle.setOnAction(e -> {
            if (viewModel != null) {
                viewModel
                        .definitionShownProperty()
                        .set(!viewModel.definitionShownProperty().get());
            }
        });
        Icons.sizeWith(disclosure, definitionToggle, 1.1);
        definitionSummary.getStyleClass().add("definition-summary");
        definitionSummary.setMinWidth(0);
        definitionLine.getStyleClass().add("definition-line");
        definitionHolder.getStyleClass().add("definition-holder");
        getChildren().addAll(basis, syntaxError, problems, definitionLine, definitionHolder);
    }

    /** Shows the check of {@code model} (which must have one), its definition open or closed as the model says. */
    void show(ToolCallCardViewModel model) {
        ToolCallCheck check = Objects.requireNonNull(model.getCheck(), "check");
        JsonSyntaxError error = model.errorProperty().get();
        boolean open = model.definitionShownProperty().get();
        TextMask mask = model.mask();
        if (model == viewModel
                && check == shownCheck
                && error == shownError
                && open == shownOpen
                && mask == shownMask) {
            return;
        }
        viewModel = model;
        shownMask = mask;
        shownCheck = check;
        shownError = error;
        shownOpen = open;

        basis.setText(check.basis());
        // Where problems are listed below, they carry the red; the sentence above them stays quiet.
        boolean listed = check.status() == ToolCallCheck.Status.SCHEMA_MISMATCH
                || check.status() == ToolCallCheck.Status.INVALID_JSON;
        basisIcon.setIconCode(listed ? MaterialDesignI.INFORMATION_OUTLINE : Icons.checkIkon(check.status()));
        basis.getStyleClass().removeAll(CheckBadge.OK, CheckBadge.PROBLEM, CheckBadge.MUTED);
        basis.getStyleClass().add(listed ? CheckBadge.MUTED : CheckBadge.tone(check.status()));
        boolean showError = check.status() == ToolCallCheck.Status.INVALID_JSON && error != null;
        shown(syntaxError, showError);
        syntaxError.setText(showError ? error.message() : "");
        showProblems(check.problems(), mask);

        ToolSpec spec = check.definition().orElse(null);
        shown(definitionLine, spec != null);
        shown(definitionHolder, spec != null && open);
        if (spec == null) {
            return;
        }
        definitionSummary.setText(CheckTexts.definitionSummary(spec));
        disclosure.setIconCode(open ? Icons.collapseIkon() : Icons.expandIkon());
        if (open && (definition == null || definition.spec() != spec)) {
            definition = new DefinitionView(spec, clipboard);
            definitionHolder.getChildren().setAll(definition);
        }
    }

    /** The problems' lines, through privacy mode's mask: a problem may quote an argument. */
    private void showProblems(List<ToolCallCheck.Problem> list, TextMask mask) {
        problems.getChildren().clear();
        shown(problems, !list.isEmpty());
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            Label line = new Label(mask.apply(CheckTexts.problemLine(list.get(i))), Icons.error());
            line.getStyleClass().add("check-problem-line");
            line.setWrapText(true);
            line.setMinHeight(USE_PREF_SIZE);
            line.setCursor(Cursor.HAND);
            Tooltip hint = new Tooltip("Show it in the arguments");
            hint.setShowDelay(Duration.millis(500));
            line.setTooltip(hint);
            line.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY) {
                    onProblem.accept(index);
                    event.consume();
                }
            });
            problems.getChildren().add(line);
        }
    }

    Label basis() {
        return basis;
    }

    Label syntaxError() {
        return syntaxError;
    }

    /** The problem lines, in the check's order. */
    List<Label> problemLines() {
        return problems.getChildren().stream().map(Label.class::cast).toList();
    }

    Button definitionToggle() {
        return definitionToggle;
    }

    /** The definition once it has been opened; null before. */
    DefinitionView definition() {
        return definition;
    }

    private static void shown(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
