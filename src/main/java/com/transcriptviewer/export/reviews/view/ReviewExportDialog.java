package com.transcriptviewer.export.reviews.view;

import com.transcriptviewer.export.reviews.ReviewExportFormat;
import com.transcriptviewer.ui.ChoiceConverter;
import com.transcriptviewer.ui.DialogService;
import com.transcriptviewer.ui.FormGrid;
import com.transcriptviewer.ui.ThemeManager;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * File &gt; Export reviews…: format, days, reviewer and which verdicts, then "Export…" asks where to save and writes
 * the file; the dialog stays open with the outcome (where the file went, or what went wrong), so another export can
 * follow. Binds to a {@link ReviewExportViewModel}; closing it cancels a write under way.
 */
public final class ReviewExportDialog extends Dialog<ButtonType> {

    public static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);
    /** The reviewer choice that stands for everyone (the view-model's null). */
    static final String EVERYONE = "";

    private final ReviewExportViewModel viewModel;
    private final DialogService dialogs;

    public ReviewExportDialog(ReviewExportViewModel viewModel, DialogService dialogs) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        setTitle("Export reviews");
        setHeaderText(null);
        setResizable(true);
        getDialogPane().getStyleClass().add("review-export-dialog");
        getDialogPane().getStylesheets().add(ThemeManager.appStylesheet());
        getDialogPane().setContent(form());
        getDialogPane().getButtonTypes().setAll(EXPORT, ButtonType.CLOSE);
        getDialogPane().setPrefWidth(560);

        Button export = (Button) getDialogPane().lookupButton(EXPORT);
        export.setId("review-export-button");
        export.getStyleClass().add("accent");
        export.disableProperty().bind(viewModel.canExportProperty().not());
        // The dialog stays open: the outcome is shown in it, and another export may follow.
        export.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            chooseFileAndExport();
        });
        viewModel.messageProperty().addListener((obs, old, now) -> Platform.runLater(this::fitWindow));
        setOnShown(e -> fitWindow());
        setOnHidden(e -> viewModel.cancel());
        viewModel.opened();
    }

    /** File &gt; Export reviews…: a new dialog on the same choices each time, shown through {@code dialogs}. */
    public static MenuItem menuItem(ReviewExportViewModel viewModel, DialogService dialogs) {
        MenuItem item = new MenuItem("Export reviews…", new FontIcon(MaterialDesignC.CLIPBOARD_CHECK_OUTLINE));
        item.setId("menu-export-reviews");
        item.setOnAction(e -> dialogs.showDialog(new ReviewExportDialog(viewModel, dialogs)));
        return item;
    }

    /** What "Export…" does: ask for the file, then export to it. */
    public void chooseFileAndExport() {
        if (!viewModel.canExportProperty().get()) {
            return;
        }
        ReviewExportFormat format = viewModel.formatProperty().get();
        dialogs.askFileToSave(new DialogService.FileRequest(
                        "Export reviews as " + format.displayName(),
                        List.of(
                                new DialogService.FileType(format.displayName() + " files", "*." + format.extension()),
                                DialogService.FileType.ALL),
                        viewModel.lastFolderProperty().get(),
                        viewModel.suggestedFileName()))
                .ifPresent(viewModel::export);
    }

    private Node form() {
        GridPane grid = FormGrid.create("review-export-form", 8);

        int row = 0;
        RadioButton csv = choice("CSV, for spreadsheets", "review-format-csv", ReviewExportFormat.CSV);
        RadioButton json = choice("JSON, as Langfuse scores", "review-format-json", ReviewExportFormat.JSON);
        ToggleGroup formats = group(csv, json);
        select(formats, viewModel.formatProperty().get());
        formats.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.formatProperty().set((ReviewExportFormat) now.getUserData());
            }
        });
        grid.add(label("Format", csv), 0, row);
        grid.add(row(csv, json), 1, row++);

        DatePicker from = datePicker("review-from");
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = datePicker("review-to");
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        Label dash = new Label("to");
        grid.add(label("Saved from", from), 0, row);
        grid.add(row(from, dash, to), 1, row++);
        Label days = note("Leave a day empty for no limit; both days are included, in the app's time zone.");
        grid.add(days, 1, row++);
        Label dateProblem = note("");
        dateProblem.setId("review-date-problem");
        dateProblem.getStyleClass().add("danger");
        dateProblem.textProperty().bind(viewModel.dateProblemProperty());
        dateProblem.visibleProperty().bind(viewModel.dateProblemProperty().isNotEmpty());
        dateProblem.managedProperty().bind(dateProblem.visibleProperty());
        grid.add(dateProblem, 1, row++);

        ComboBox<String> reviewer = new ComboBox<>();
        reviewer.setId("review-reviewer");
        reviewer.setConverter(ChoiceConverter.of(name -> name == null || name.isEmpty() ? "Everyone" : name));
        reviewer.getItems().setAll(everyoneAnd(viewModel.reviewers()));
        viewModel.reviewers().addListener((ListChangeListener<String>) change -> {
            String chosen = reviewer.getValue();
            reviewer.getItems().setAll(everyoneAnd(viewModel.reviewers()));
            reviewer.setValue(chosen);
        });
        reviewer.setValue(
                viewModel.reviewerProperty().get() == null
                        ? EVERYONE
                        : viewModel.reviewerProperty().get());
        reviewer.valueProperty()
                .addListener(
                        (obs, old, now) -> viewModel.reviewerProperty().set(now == null || now.isEmpty() ? null : now));
        reviewer.setMaxWidth(Double.MAX_VALUE);
        grid.add(label("Reviewer", reviewer), 0, row);
        grid.add(reviewer, 1, row++);

        RadioButton current = new RadioButton("Current verdicts only");
        current.setId("review-current");
        RadioButton history = new RadioButton("Full history");
        history.setId("review-history");
        ToggleGroup which = group(current, history);
        which.selectToggle(viewModel.currentOnlyProperty().get() ? current : history);
        which.selectedToggleProperty()
                .addListener((obs, old, now) -> viewModel.currentOnlyProperty().set(now == current));
        grid.add(label("Verdicts", current), 0, row);
        grid.add(row(current, history), 1, row++);
        Label whichNote = note("");
        whichNote
                .textProperty()
                .bind(Bindings.when(viewModel.currentOnlyProperty())
                        .then("Each reviewer's latest verdict on each call and conversation.")
                        .otherwise("Every verdict saved, changed ones too, oldest first."));
        grid.add(whichNote, 1, row++);

        grid.add(outcome(), 0, row, 2, 1);
        return grid;
    }

    /** The export's progress or outcome, a line under the choices. */
    private Node outcome() {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.setMaxSize(16, 16);
        busy.visibleProperty().bind(viewModel.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Label message = new Label();
        message.setId("review-export-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.phaseProperty().addListener((obs, old, now) -> {
            message.getStyleClass().removeAll("success", "danger");
            if (now == ReviewExportViewModel.Phase.DONE) {
                message.getStyleClass().add("success");
            } else if (now == ReviewExportViewModel.Phase.FAILED) {
                message.getStyleClass().add("danger");
            }
        });
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox line = new HBox(8, busy, message);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(line);
        box.setPadding(new Insets(8, 0, 0, 0));
        box.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static List<String> everyoneAnd(List<String> names) {
        List<String> all = new java.util.ArrayList<>(names.size() + 1);
        all.add(EVERYONE);
        all.addAll(names);
        return all;
    }

    private static RadioButton choice(String text, String id, ReviewExportFormat format) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setUserData(format);
        return button;
    }

    private static ToggleGroup group(RadioButton... buttons) {
        ToggleGroup group = new ToggleGroup();
        for (RadioButton button : buttons) {
            button.setToggleGroup(group);
        }
        return group;
    }

    private static void select(ToggleGroup group, Object userData) {
        for (Toggle toggle : group.getToggles()) {
            if (toggle.getUserData() == userData) {
                group.selectToggle(toggle);
            }
        }
    }

    /** A day as the command line and the file names write it (2026-03-01), whatever the locale. */
    private static DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText("yyyy-mm-dd");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : day.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip());
                } catch (DateTimeParseException notADay) {
                    // What cannot be read leaves the day as it was, rather than dropping the bound unseen.
                    return picker.getValue();
                }
            }
        });
        picker.setPrefWidth(150);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        return picker;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(12, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label label(String text, Node field) {
        return FormGrid.label(text, field);
    }

    private static Label note(String text) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().addAll("review-export-note", "text-muted");
        return note;
    }

    private void fitWindow() {
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().applyCss();
            getDialogPane().layout();
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }
}
