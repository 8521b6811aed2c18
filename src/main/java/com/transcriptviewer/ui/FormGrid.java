package com.transcriptviewer.ui;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The dialogs' forms: labels right-aligned in a column as wide as the longest, fields filling the rest. */
public final class FormGrid {

    private FormGrid() {}

    /** An empty two-column form with the dialogs' padding and {@code rowGap} between rows. */
    public static GridPane create(String styleClass, double rowGap) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(styleClass);
        grid.setHgap(12);
        grid.setVgap(rowGap);
        grid.setPadding(new Insets(16, 20, 8, 20));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    /** A row's label, naming {@code field} for screen readers and mnemonics. */
    public static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }
}
