package com.transcriptviewer.assistant.view;

import com.transcriptviewer.model.InsightResult;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TimeFormat;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One insight in the panel: its name and status chip, when its run was created, and its result: wrapped text that
 * can be selected, or for a JSON result its fields as labelled rows; in privacy mode, masked as the transcript is.
 */
final class InsightCard extends VBox {

    /** About the width of a card's text in a panel at its preferred width. */
    static final double TEXT_WIDTH = 300;

    private final InsightResult result;
    private final CurrentMask mask;

    /** @param mask privacy mode's mask: the result's text and values are shown through it (read now) */
    InsightCard(InsightResult result, TimeFormat time, CurrentMask mask) {
        super(6);
        this.result = result;
        this.mask = mask;
        getStyleClass().add("insight-card");

        Label name = new Label(result.name());
        name.getStyleClass().add("insight-name");
        name.setWrapText(true);
        name.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, name, spacer, InsightStatusChip.of(result.status()));
        head.setAlignment(Pos.TOP_LEFT);
        getChildren().add(head);

        if (result.createdAt() != null) {
            Label when = new Label("Run created " + time.absolute(result.createdAt()));
            when.getStyleClass().add("insight-time");
            when.setTooltip(new Tooltip(time.full(result.createdAt())));
            getChildren().add(when);
        }
        getChildren().add(body());
    }

    InsightResult result() {
        return result;
    }

    private Node body() {
        if (result.hasFields()) {
            return fields();
        }
        if (!result.text().isBlank()) {
            return new SelectableText(result.text().strip(), TEXT_WIDTH, mask);
        }
        Label none = new Label(result.status().isWaiting() ? "No result yet." : "No result.");
        none.getStyleClass().add("insight-empty");
        return none;
    }

    /**
     * The fields as label-over-value rows: the panel is narrow, and dotted labels and values such as timestamps do
     * not break, so side by side both would be cut mid-word.
     */
    private GridPane fields() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("insight-fields");
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setHalignment(HPos.LEFT);
        column.setMinWidth(0);
        grid.getColumnConstraints().setAll(column);
        int row = 0;
        for (InsightResult.Field field : result.fields()) {
            Label label = new Label(field.label());
            label.getStyleClass().add("insight-field-label");
            // The end of a long dotted label says most: "…appointment.confirmation".
            label.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
            label.setMinWidth(0);
            label.setTooltip(new Tooltip(field.label()));
            if (row > 0) {
                GridPane.setMargin(label, new Insets(6, 0, 0, 0));
            }
            grid.add(label, 0, row++);
            grid.add(new SelectableText(field.value(), TEXT_WIDTH, mask), 0, row++);
        }
        return grid;
    }
}
