package com.transcriptviewer.analytics.view;

import com.transcriptviewer.ui.DialogService;
import com.transcriptviewer.ui.ScreenFit;
import com.transcriptviewer.ui.ThemeManager;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * Tool-call analytics, a window of its own beside the transcript (not modal: a call opened from it shows in the main
 * window while it stays open): days, assistant and version; the summary line; the table and the charts, whose every
 * figure lists the calls behind it below; Export CSV….
 */
public final class AnalyticsDialog extends Dialog<ButtonType> {

    private static final double WIDTH = 1180;
    private static final double HEIGHT = 780;

    private final AnalyticsViewModel viewModel;
    private final DialogService dialogs;
    /** The figures above, the calls behind the clicked one below. */
    private final SplitPane body = new SplitPane();

    public AnalyticsDialog(AnalyticsViewModel viewModel, DialogService dialogs, ZoneId zone) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        setTitle("Tool-call analytics");
        setHeaderText(null);
        setResizable(true);
        initModality(Modality.NONE);
        getDialogPane().getStyleClass().add("analytics-dialog");
        getDialogPane().getStylesheets().add(ThemeManager.appStylesheet());
        getDialogPane()
                .getStylesheets()
                .add(Objects.requireNonNull(AnalyticsDialog.class.getResource("analytics.css"), "analytics.css")
                        .toExternalForm());
        getDialogPane().setContent(content(zone));
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        getDialogPane().setPrefSize(WIDTH, HEIGHT);
        setOnShown(e -> {
            ScreenFit.keepOnScreen(getDialogPane().getScene().getWindow(), WIDTH, HEIGHT);
            // The split is set once the window has its size: set before, it divides the content's first, small size.
            body.setDividerPositions(0.68);
        });
        setOnHidden(e -> viewModel.close());
        viewModel.refresh();
    }

    /** Library &gt; Tool-call analytics…: a new window on the library each time. */
    public static MenuItem menuItem(Supplier<AnalyticsViewModel> viewModels, DialogService dialogs, ZoneId zone) {
        MenuItem item = new MenuItem("Tool-call analytics…", new FontIcon(MaterialDesignC.CHART_BAR));
        item.setId("menu-analytics");
        item.setOnAction(e -> dialogs.showDialog(new AnalyticsDialog(viewModels.get(), dialogs, zone)));
        return item;
    }

    /** What Export CSV… does: ask where, then write the table there. */
    public void chooseFileAndExport() {
        if (viewModel.reportProperty().get() == null) {
            return;
        }
        dialogs.askFileToSave(new DialogService.FileRequest(
                        "Export tool-call analytics as CSV",
                        List.of(new DialogService.FileType("CSV files", "*.csv"), DialogService.FileType.ALL),
                        null,
                        viewModel.suggestedFileName()))
                .ifPresent(viewModel::exportCsv);
    }

    private Node content(ZoneId zone) {
        Label summary = new Label();
        summary.setId("analytics-summary");
        summary.getStyleClass().add("analytics-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.statusProperty());

        SplitPane figures = new SplitPane(new FunctionTable(viewModel), new AnalyticsCharts(viewModel));
        figures.setDividerPositions(0.55);

        Label callsTitle = new Label();
        callsTitle.setId("analytics-calls-status");
        callsTitle.getStyleClass().add("analytics-calls-status");
        callsTitle.textProperty().bind(viewModel.callsStatusProperty());
        CallList calls = new CallList(viewModel, zone);
        VBox.setVgrow(calls, Priority.ALWAYS);
        VBox callsPane = new VBox(6, callsTitle, calls);

        body.getItems().setAll(figures, callsPane);
        body.setOrientation(Orientation.VERTICAL);

        Label exportStatus = new Label();
        exportStatus.setId("analytics-export-status");
        exportStatus.getStyleClass().add("analytics-export-status");
        exportStatus.textProperty().bind(viewModel.exportStatusProperty());

        VBox top = new VBox(8, queryBar(), summary);
        BorderPane content = new BorderPane(body, top, null, exportStatus, null);
        BorderPane.setMargin(body, new Insets(8, 0, 6, 0));
        return content;
    }

    private Node queryBar() {
        DatePicker from = new DatePicker();
        from.setId("analytics-from");
        from.setPromptText("First day");
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("analytics-to");
        to.setPromptText("Last day");
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        from.setPrefWidth(140);
        to.setPrefWidth(140);

        ComboBox<String> assistant = choice("analytics-assistant", viewModel.assistants(), "All assistants");
        assistant.valueProperty().bindBidirectional(viewModel.assistantProperty());
        ComboBox<String> version = choice("analytics-version", viewModel.versions(), "All versions");
        version.valueProperty().bindBidirectional(viewModel.versionProperty());

        Button refresh = new Button("Count", new FontIcon(MaterialDesignR.REFRESH));
        refresh.setId("analytics-refresh");
        refresh.setDefaultButton(true);
        refresh.setOnAction(e -> viewModel.refresh());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.busyProperty());

        Button export = new Button("Export CSV…", new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        export.setId("analytics-export");
        export.disableProperty().bind(viewModel.reportProperty().isNull());
        export.setOnAction(e -> chooseFileAndExport());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(
                8,
                new Label("From"),
                from,
                new Label("to"),
                to,
                new Label("Assistant"),
                assistant,
                new Label("Version"),
                version,
                refresh,
                busy,
                spacer,
                export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("analytics-query");
        return bar;
    }

    /** A choice whose blank value reads as "All ...". */
    private static ComboBox<String> choice(String id, javafx.collections.ObservableList<String> items, String all) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setPrefWidth(170);
        // Shown while the value is null: replacing the items (another assistant chosen) clears the selection.
        box.setPromptText(all);
        StringConverter<String> names = new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? all : value;
            }

            @Override
            public String fromString(String text) {
                return text == null || text.equals(all) ? "" : text;
            }
        };
        box.setConverter(names);
        // Cells that name the blank choice too (the default cells show an empty text as it is).
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : names.toString(item));
            }
        });
        // The button cell names the blank choice even when the box thinks it shows nothing: replacing the items
        // clears the box's value for a moment, and a cleared box with its own button cell shows neither the value
        // nor the prompt text.
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(names.toString(empty ? null : item));
            }
        });
        return box;
    }
}
