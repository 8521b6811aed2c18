package com.transcriptviewer.analytics.view;

import com.transcriptviewer.analytics.AnalyticsReport;
import com.transcriptviewer.analytics.AnalyticsText;
import com.transcriptviewer.analytics.Figure;
import com.transcriptviewer.analytics.FunctionFigures;
import com.transcriptviewer.text.SizeFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The analytics table: one row per function, most called first, then all functions together. Each figure is a link
 * to the calls behind it: calls, problems, errors, and the latencies (slowest first).
 */
final class FunctionTable extends TableView<FunctionFigures> {

    private static final PseudoClass TOTAL = PseudoClass.getPseudoClass("total");

    private final AnalyticsViewModel viewModel;

    FunctionTable(AnalyticsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("analytics-table");
        getStyleClass().add("analytics-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No tool calls to count."));

        TableColumn<FunctionFigures, FunctionFigures> function = new TableColumn<>("Function");
        function.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        function.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(FunctionFigures item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.function().isEmpty() ? "All functions" : item.function());
            }
        });
        function.setPrefWidth(150);
        function.setSortable(false);

        getColumns().add(function);
        getColumns()
                .add(figure(
                        "Calls",
                        70,
                        "analytics-calls",
                        Figure.Kind.CALLS,
                        f -> SizeFormat.count(f.calls()),
                        "The calls of this function"));
        getColumns()
                .add(figure(
                        "Problems",
                        108,
                        "analytics-problems",
                        Figure.Kind.PROBLEMS,
                        f -> AnalyticsText.percent(f.problemShare()) + " (" + SizeFormat.count(f.problems()) + ")",
                        "Calls whose arguments break the function's definition (or are not JSON, where there was no"
                                + " definition to check against)"));
        getColumns()
                .add(figure(
                        "Errors",
                        96,
                        "analytics-errors",
                        Figure.Kind.ERRORS,
                        f -> f.results() == 0
                                ? "–"
                                : AnalyticsText.percent(f.errorShare()) + " (" + SizeFormat.count(f.errors()) + ")",
                        "Results that report an error, of the calls that got a result"));
        getColumns()
                .add(figure(
                        "Median",
                        80,
                        "analytics-median",
                        Figure.Kind.LATENCY,
                        f -> AnalyticsText.millis(f.medianMs()),
                        "Time from the call to its result: half the calls were faster"));
        getColumns()
                .add(figure(
                        "p95",
                        72,
                        "analytics-p95",
                        Figure.Kind.LATENCY,
                        f -> AnalyticsText.millis(f.p95Ms()),
                        "Time from the call to its result: 95 in 100 calls were faster"));

        setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(FunctionFigures item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(
                        TOTAL, !empty && item != null && item.function().isEmpty());
            }
        });

        viewModel.reportProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(AnalyticsReport report) {
        if (report == null || report.isEmpty()) {
            getItems().clear();
            return;
        }
        List<FunctionFigures> rows = new ArrayList<>(report.functions());
        rows.add(report.total());
        getItems().setAll(rows);
    }

    /** A column whose cells are links to the calls behind their figure. */
    private TableColumn<FunctionFigures, FunctionFigures> figure(
            String title,
            double width,
            String styleClass,
            Figure.Kind kind,
            Function<FunctionFigures, String> text,
            String tip) {
        TableColumn<FunctionFigures, FunctionFigures> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        column.setSortable(false);
        // Wide enough for the title and a figure like "100% (1,234)", so neither is cut at the window's first size.
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setCellFactory(c -> new TableCell<>() {
            {
                getStyleClass().addAll("figure-cell", styleClass);
                setAlignment(Pos.CENTER_RIGHT);
                setTooltip(new Tooltip(tip + ". Click to list them."));
                setOnMouseClicked(e -> {
                    FunctionFigures item = getItem();
                    if (item != null && !isEmpty()) {
                        viewModel.showCalls(Figure.of(kind, item.function()));
                    }
                });
            }

            @Override
            protected void updateItem(FunctionFigures item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return column;
    }
}
