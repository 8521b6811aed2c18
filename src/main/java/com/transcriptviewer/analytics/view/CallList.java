package com.transcriptviewer.analytics.view;

import com.transcriptviewer.analytics.AnalyticsText;
import com.transcriptviewer.analytics.CallRow;
import com.transcriptviewer.analytics.ToolCallAnalytics;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/**
 * The calls behind the figure clicked last (their conversations' names masked in privacy mode); a double-click (or
 * Enter) opens the transcript at the call.
 */
final class CallList extends TableView<CallRow> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    CallList(AnalyticsViewModel viewModel, ZoneId zone) {
        setId("analytics-calls");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("Click a figure in the table or a chart to list the calls behind it."));
        getColumns()
                .add(column(
                        "Time",
                        150,
                        call -> call.calledAt() == null
                                ? "–"
                                : TIME.format(call.calledAt().atZone(zone))));
        getColumns().add(column("Function", 160, CallRow::function));
        getColumns()
                .add(column(
                        "Time to result",
                        128,
                        call -> call.answered() ? AnalyticsText.millis(call.latencyMs()) : "no result"));
        getColumns().add(column("Definition", 110, call -> call.problem() ? "problem" : "ok"));
        getColumns().add(column("Result", 90, call -> !call.answered() ? "–" : call.error() ? "error" : "ok"));
        getColumns().add(column("Conversation", 240, viewModel::conversationOf));
        getColumns().add(column("Call id", 200, CallRow::callId));

        setRowFactory(table -> {
            TableRow<CallRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.open(getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        viewModel.callsProperty().addListener((obs, old, now) -> show(now));
        // Privacy mode switched, or an item revealed: the names are shown again through the new mask.
        viewModel.maskRevisionProperty().addListener((obs, old, now) -> refresh());
    }

    private void show(ToolCallAnalytics.Calls calls) {
        if (calls == null) {
            getItems().clear();
        } else {
            getItems().setAll(calls.rows());
            scrollTo(0);
        }
    }

    private static TableColumn<CallRow, String> column(String title, double width, Function<CallRow, String> text) {
        TableColumn<CallRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
