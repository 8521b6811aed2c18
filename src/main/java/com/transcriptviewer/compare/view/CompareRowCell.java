package com.transcriptviewer.compare.view;

import com.transcriptviewer.compare.ArgumentChange;
import com.transcriptviewer.compare.CallSite;
import com.transcriptviewer.compare.ComparisonMask;
import com.transcriptviewer.compare.ComparisonRow;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.text.CheckText;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.text.json.FormattedJson;
import com.transcriptviewer.text.json.JsonFormatter;
import com.transcriptviewer.text.markdown.MarkdownTranscript;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * A row of the comparison: a call as two cards side by side (the missing side as an empty dashed slot saying "not
 * called"), its argument differences under them, or the messages between calls, folded to one line until opened. In
 * privacy mode the arguments, the differences' values, the checks' sentences and the messages are masked.
 */
final class CompareRowCell extends ListCell<ComparisonRow> {

    /** Arguments longer than this show as a one-line preview: a card is for reading, not for megabytes. */
    private static final int LONGEST_PRETTY = 4_000;

    private static final int PREVIEW_CHARS = 300;

    /** What a long text shows in privacy mode until the view-model has searched it in the background. */
    static final String MASKING = "(masking…)";

    private final Set<ComparisonRow.Folded> opened;
    private final Supplier<TextMask> mask;
    private final JsonFormatter json = new JsonFormatter();

    /**
     * @param opened the folded rows the user opened, kept by the window across cell reuse
     * @param mask   privacy mode's mask now; the window shows the rows again when it changes
     */
    CompareRowCell(Set<ComparisonRow.Folded> opened, Supplier<TextMask> mask) {
        this.opened = opened;
        this.mask = mask;
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ComparisonRow item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        TextMask shown = mask.get();
        Region content = item instanceof ComparisonRow.AlignedCall call
                ? call(call, shown)
                : folded((ComparisonRow.Folded) item, shown);
        content.setMinWidth(0);
        if (getListView() != null) {
            content.maxWidthProperty().bind(getListView().widthProperty().subtract(34));
            content.prefWidthProperty().bind(getListView().widthProperty().subtract(34));
        }
        setGraphic(content);
    }

    private Region call(ComparisonRow.AlignedCall call, TextMask mask) {
        Label function = new Label(call.functionName());
        function.getStyleClass().add("pair-function");
        Label verdict = new Label(call.verdict() + (call.checksDiffer() ? " · the checks differ" : ""));
        verdict.getStyleClass().add("pair-verdict");
        HBox head = new HBox(10, function, verdict);
        head.setAlignment(Pos.BASELINE_LEFT);

        GridPane sides = new GridPane();
        sides.setHgap(8);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            sides.getColumnConstraints().add(half);
        }
        Region left = side(call.left(), call.leftCheck(), mask);
        Region right = side(call.right(), call.rightCheck(), mask);
        sides.add(left, 0, 0);
        sides.add(right, 1, 0);
        GridPane.setFillHeight(left, true);
        GridPane.setFillHeight(right, true);
        left.setMaxHeight(Double.MAX_VALUE);
        right.setMaxHeight(Double.MAX_VALUE);

        VBox pair = new VBox(head, sides);
        pair.getStyleClass().addAll("pair", styleOf(call.kind()));
        if (!call.changes().isEmpty()) {
            VBox changes = new VBox(2);
            for (ArgumentChange change : call.changes()) {
                changes.getChildren().add(change(ComparisonMask.apply(change, mask)));
            }
            pair.getChildren().add(changes);
        }
        return pair;
    }

    private static String styleOf(ComparisonRow.AlignedCall.Kind kind) {
        return switch (kind) {
            case SAME -> "same";
            case DIFFERENT_ARGUMENTS -> "different";
            case ONLY_LEFT -> "only-left";
            case ONLY_RIGHT -> "only-right";
        };
    }

    private Region side(CallSite call, Optional<ToolCallCheck> check, TextMask mask) {
        VBox box = new VBox();
        box.getStyleClass().add("side");
        box.setMinWidth(0);
        if (call == null) {
            box.getStyleClass().add("absent");
            box.getChildren().add(new Label("not called"));
            return box;
        }
        String at = "message " + (call.messageIndex() + 1)
                + (call.callIndex() > 0 ? ", call " + (call.callIndex() + 1) : "")
                + (call.call().id().isEmpty() ? "" : " · " + call.call().id());
        Label where = new Label(at);
        where.getStyleClass().add("side-where");
        where.setMinWidth(0);
        HBox top = new HBox(8, where);
        top.setAlignment(Pos.CENTER_LEFT);
        check.ifPresent(c -> top.getChildren().add(chip(ComparisonMask.apply(c, mask))));
        Label arguments = new Label(arguments(call.call().arguments(), mask));
        arguments.getStyleClass().add("side-arguments");
        arguments.setWrapText(true);
        arguments.setMinWidth(0);
        // Wrapped text gets its whole height, not one ellipsised line.
        arguments.setMinHeight(Region.USE_PREF_SIZE);
        arguments.setMaxWidth(Double.MAX_VALUE);
        box.getChildren().addAll(top, arguments);
        return box;
    }

    private static Node chip(ToolCallCheck check) {
        Label chip = new Label(CheckText.status(check.status()));
        chip.getStyleClass().add("check-chip");
        chip.setMinWidth(Region.USE_PREF_SIZE);
        if (check.status().isProblem()) {
            chip.getStyleClass().add("problem");
        } else if (check.status() != ToolCallCheck.Status.OK) {
            chip.getStyleClass().add("unchecked");
        }
        StringBuilder tip = new StringBuilder(check.basis());
        for (ToolCallCheck.Problem problem : check.problems()) {
            tip.append("\n• ").append(problem.message());
        }
        if (!tip.isEmpty()) {
            chip.setTooltip(new Tooltip(tip.toString().strip()));
        }
        return chip;
    }

    /** Pretty-printed, or a preview of long ones; masked in privacy mode (pretty JSON masks as the card's does). */
    private String arguments(String raw, TextMask mask) {
        if (raw.length() > LONGEST_PRETTY) {
            return mask.knows(raw) ? JsonFormatter.oneLinePreview(mask.apply(raw), PREVIEW_CHARS) : MASKING;
        }
        return mask.apply(json.format(raw).formatted().map(FormattedJson::text).orElse(raw));
    }

    /**
     * {@code text} through {@code mask}; a long text the mask has not searched yet shows {@link #MASKING} instead (the
     * view-model searches both sides in the background, then the rows are shown again): never as it is.
     */
    private static String shown(String text, TextMask mask) {
        return text.length() > LONGEST_PRETTY && !mask.knows(text) ? MASKING : mask.apply(text);
    }

    private static Node change(ArgumentChange change) {
        Label kind = new Label(change.kind().word());
        kind.getStyleClass().addAll("change-kind", change.kind().word());
        String text = switch (change.kind()) {
            case CHANGED -> change.where() + ": " + change.oldValue() + " → " + change.newValue();
            case ADDED -> change.where() + ": " + change.newValue();
            case REMOVED -> change.where() + ": " + change.oldValue();
            case RENAMED -> change.oldPath() + " → " + change.path() + ": " + change.newValue();
        };
        Label line = new Label(text);
        line.getStyleClass().add("change");
        line.setWrapText(true);
        line.setMinWidth(0);
        line.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(line, Priority.ALWAYS);
        HBox row = new HBox(6, kind, line);
        row.setAlignment(Pos.BASELINE_LEFT);
        return row;
    }

    private Region folded(ComparisonRow.Folded folded, TextMask mask) {
        boolean open = opened.contains(folded);
        Button toggle = new Button(
                folded.summary() + " between calls",
                new FontIcon(open ? MaterialDesignC.CHEVRON_DOWN : MaterialDesignC.CHEVRON_RIGHT));
        toggle.getStyleClass().addAll("flat", "small", "folded-toggle");
        toggle.setOnAction(e -> {
            if (!opened.remove(folded)) {
                opened.add(folded);
            }
            updateItem(folded, false);
            if (getListView() != null) {
                getListView().requestLayout();
            }
        });
        VBox box = new VBox(4, toggle);
        if (open) {
            GridPane sides = new GridPane();
            sides.setHgap(8);
            for (int i = 0; i < 2; i++) {
                ColumnConstraints half = new ColumnConstraints();
                half.setPercentWidth(50);
                sides.getColumnConstraints().add(half);
            }
            sides.add(messages(folded.left(), folded.leftFrom(), mask), 0, 0);
            sides.add(messages(folded.right(), folded.rightFrom(), mask), 1, 0);
            box.getChildren().add(sides);
        }
        return box;
    }

    private static Region messages(List<Message> messages, int from, TextMask mask) {
        VBox box = new VBox(4);
        box.getStyleClass().add("side");
        box.setMinWidth(0);
        for (int i = 0; i < messages.size(); i++) {
            Message message = messages.get(i);
            Label role = new Label((from + i + 1) + " · " + MarkdownTranscript.roleName(message.role()));
            role.getStyleClass().add("folded-role");
            role.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(message.hasText() ? shown(message.text(), mask) : "");
            text.getStyleClass().add("folded-message");
            text.setWrapText(true);
            text.setMinWidth(0);
            text.setMinHeight(Region.USE_PREF_SIZE);
            HBox line = new HBox(6, role, text);
            box.getChildren().add(line);
        }
        if (messages.isEmpty()) {
            Label none = new Label("no messages here");
            none.getStyleClass().add("side-where");
            box.getChildren().add(none);
        }
        return box;
    }
}
