package com.transcriptviewer.transcript.bubble;

import com.transcriptviewer.model.ToolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A tool as its assistant declares it, under a checked call: the description, a table of the parameters (name, type,
 * required, allowed values, description, and where a webhook takes each when it takes them in several parts), and a
 * transfer's declared targets. A grid of wrapping labels rather than a table control: rows as tall as their text, no
 * scrolling of its own inside the transcript's, and nothing built until the definition is first opened. Right-click
 * copies a cell or the whole definition.
 */
final class DefinitionView extends VBox {

    private static final int ALLOWED = 3;
    /** The allowed values' column at its widest, in pixels: about twenty characters of the table's text. */
    private static final double ALLOWED_MAX_WIDTH = 150;
    /** The narrowest the wrapping columns get: a short word and a half. */
    private static final double ALLOWED_MIN_WIDTH = 90;

    private final ToolSpec spec;
    private final GridPane table = new GridPane();
    private final ContextMenu menu = new ContextMenu();

    DefinitionView(ToolSpec spec, Consumer<String> clipboard) {
        this.spec = spec;
        getStyleClass().add("definition");
        if (!spec.description().isEmpty()) {
            getChildren().add(wrapping(spec.description(), "definition-description"));
        }
        if (!spec.parameters().isEmpty()) {
            buildTable();
            getChildren().add(table);
        } else {
            getChildren().add(wrapping("No parameters.", "definition-none"));
        }
        if (!spec.targets().isEmpty()) {
            VBox targets = new VBox(wrapping("Transfers to", "definition-heading"));
            targets.getStyleClass().add("definition-targets");
            spec.targets().forEach(target -> targets.getChildren().add(wrapping("• " + target, "definition-target")));
            getChildren().add(targets);
        }
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            showMenu(event, clipboard);
            event.consume();
        });
    }

    ToolSpec spec() {
        return spec;
    }

    GridPane table() {
        return table;
    }

    private void buildTable() {
        boolean location = CheckTexts.showsLocation(spec);
        List<String> headings = new ArrayList<>(List.of("Name", "Type", "Required", "Allowed"));
        if (location) {
            headings.add("Location");
        }
        headings.add("Description");
        table.getStyleClass().add("definition-table");
        for (int column = 0; column < headings.size(); column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            boolean last = column == headings.size() - 1;
            constraints.setHgrow(last ? Priority.ALWAYS : Priority.SOMETIMES);
            constraints.setFillWidth(true);
            // Short columns keep their words; the allowed values wrap within a narrow column, and the description
            // takes the rest.
            constraints.setMinWidth(last || column == ALLOWED ? ALLOWED_MIN_WIDTH : Label.USE_PREF_SIZE);
            if (column == ALLOWED) {
                constraints.setMaxWidth(ALLOWED_MAX_WIDTH);
            }
            table.getColumnConstraints().add(constraints);
            table.add(cell(headings.get(column), "definition-heading"), column, 0);
        }
        Separator rule = new Separator();
        rule.getStyleClass().add("definition-rule");
        table.add(rule, 0, 1, headings.size(), 1);
        int row = 2;
        for (ToolSpec.Parameter parameter : spec.parameters()) {
            List<Node> cells = new ArrayList<>();
            cells.add(cell(parameter.name(), "definition-name"));
            cells.add(cell(parameter.type(), "definition-type"));
            cells.add(cell(parameter.required() ? "yes" : "no", parameter.required() ? "definition-required" : ""));
            cells.add(cell(parameter.allowed(), "definition-allowed"));
            if (location) {
                cells.add(cell(parameter.location(), "definition-location"));
            }
            cells.add(cell(parameter.description(), "definition-text"));
            for (int column = 0; column < cells.size(); column++) {
                table.add(cells.get(column), column, row);
            }
            row++;
        }
    }

    private static Label cell(String text, String styleClass) {
        Label label = wrapping(text, styleClass);
        label.getStyleClass().add("definition-cell");
        label.setMaxWidth(Double.MAX_VALUE);
        // A row's cells start on one line, however many lines the longest of them wraps to.
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }

    private static Label wrapping(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinWidth(0);
        if (!styleClass.isEmpty()) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }

    /** Copy the cell under the pointer (when it holds text) and Copy definition. */
    private void showMenu(ContextMenuEvent event, Consumer<String> clipboard) {
        List<MenuItem> items = new ArrayList<>();
        Node picked = event.getPickResult().getIntersectedNode();
        while (picked != null && picked != this && !(picked instanceof Label)) {
            picked = picked.getParent();
        }
        if (picked instanceof Label label
                && label.getText() != null
                && !label.getText().isBlank()) {
            String text = label.getText().startsWith("• ") ? label.getText().substring(2) : label.getText();
            MenuItem copyCell = new MenuItem("Copy \"" + shortened(text) + "\"");
            copyCell.setOnAction(e -> clipboard.accept(text));
            items.add(copyCell);
        }
        MenuItem copyAll = new MenuItem("Copy definition");
        copyAll.setId("copy-definition");
        copyAll.setOnAction(e -> clipboard.accept(CheckTexts.definitionText(spec)));
        items.add(copyAll);
        menu.getItems().setAll(items);
        menu.show(this, event.getScreenX(), event.getScreenY());
    }

    private static String shortened(String text) {
        return text.length() <= 30 ? text : text.substring(0, 29) + "…";
    }
}
