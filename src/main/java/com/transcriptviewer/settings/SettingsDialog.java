package com.transcriptviewer.settings;

import com.transcriptviewer.ui.ChoiceConverter;
import com.transcriptviewer.ui.FormGrid;
import com.transcriptviewer.ui.Theme;
import com.transcriptviewer.ui.ThemeManager;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/**
 * The settings dialog: API key (masked, with show/hide and "Test connection"), base URL, page size, theme, time
 * zone; then reviews: the reviewer's name and where reviews are kept, this computer or a team's PostgreSQL server
 * (JDBC URL, user, masked password, and a "Test connection" of its own). Binds to a {@link SettingsViewModel}; Save
 * asks the view-model and stays open while something is wrong.
 */
public final class SettingsDialog extends Dialog<ButtonType> {

    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private final SettingsViewModel viewModel;
    private final PasswordField maskedKey = new PasswordField();
    private final TextField plainKey = new TextField();

    public SettingsDialog(SettingsViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        setTitle("Settings");
        setHeaderText(null);
        setResizable(true);
        getDialogPane().getStyleClass().add("settings-dialog");
        getDialogPane().getStylesheets().add(ThemeManager.appStylesheet());
        getDialogPane().setContent(form());
        getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        getDialogPane().setPrefWidth(620);
        // Wrapped notes only know their height once laid out at the dialog's width: fit the window to them then,
        // and again when a note's text changes (test result, base URL problem), so nothing is cut off.
        setOnShown(e -> fitWindow());
        for (ObservableValue<String> text : List.of(
                viewModel.keyNoticeProperty(),
                viewModel.testMessageProperty(),
                viewModel.baseUrlProblemProperty(),
                viewModel.reviewerProblemProperty(),
                viewModel.passwordNoticeProperty(),
                viewModel.teamProblemProperty(),
                viewModel.teamTestMessageProperty())) {
            text.addListener((obs, old, now) -> Platform.runLater(this::fitWindow));
        }

        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(viewModel.canSaveBinding().not());
        // Save validates first; an unacceptable base URL keeps the dialog open with the reason shown.
        save.addEventFilter(ActionEvent.ACTION, e -> {
            if (!viewModel.save()) {
                e.consume();
            }
        });
        setOnHidden(e -> viewModel.cancelTest());
    }

    private Node form() {
        GridPane grid = FormGrid.create("settings-form", 6);

        int row = 0;
        grid.add(label("API key", maskedKey), 0, row);
        grid.add(keyRow(), 1, row++);
        grid.add(note(viewModel.keyNoticeProperty(), "key-notice"), 1, row++);
        grid.add(testRow(), 1, row++);

        TextField baseUrl = new TextField();
        baseUrl.setId("base-url");
        baseUrl.setPromptText(SettingsViewModel.DEFAULT_BASE_URL);
        baseUrl.textProperty().bindBidirectional(viewModel.baseUrlProperty());
        grid.add(label("Base URL", baseUrl), 0, row);
        grid.add(baseUrl, 1, row++);
        grid.add(problem(viewModel.baseUrlProblemProperty()), 1, row++);

        Spinner<Integer> pageSize =
                new Spinner<>(1, 100, viewModel.pageSizeProperty().get(), 10);
        pageSize.setId("page-size");
        pageSize.setEditable(true);
        pageSize.setPrefWidth(110);
        pageSize.valueProperty()
                .addListener((obs, old, now) -> viewModel.pageSizeProperty().set(now));
        grid.add(label("Page size", pageSize), 0, row);
        grid.add(withHint(pageSize, "messages per request"), 1, row++);

        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("theme");
        theme.getItems().setAll(Theme.values());
        theme.setConverter(ChoiceConverter.of(Theme::displayName));
        theme.valueProperty().bindBidirectional(viewModel.themeProperty());
        grid.add(label("Theme", theme), 0, row);
        grid.add(theme, 1, row++);

        ComboBox<Settings.TimeZoneChoice> zone = new ComboBox<>();
        zone.setId("time-zone");
        zone.getItems().setAll(Settings.TimeZoneChoice.values());
        zone.setConverter(ChoiceConverter.of(choice -> choice == Settings.TimeZoneChoice.UTC ? "UTC" : "Local time"));
        zone.valueProperty().bindBidirectional(viewModel.timeZoneProperty());
        grid.add(label("Times in", zone), 0, row);
        grid.add(zone, 1, row++);

        CheckBox privacy = new CheckBox("Start in privacy mode (personal data masked)");
        privacy.setId("privacy-by-default");
        privacy.selectedProperty().bindBidirectional(viewModel.privacyByDefaultProperty());
        grid.add(label("Privacy", privacy), 0, row);
        grid.add(privacy, 1, row++);

        CheckBox fetchRest = new CheckBox("Keep each conversation opened whole");
        fetchRest.setId("library-fetches-rest");
        fetchRest.setTooltip(new Tooltip("The library fetches the pages you did not scroll to in the background,"
                + " one at a time, after your own; off: a conversation is kept once you have loaded it whole"));
        fetchRest.selectedProperty().bindBidirectional(viewModel.libraryFetchesRestProperty());
        grid.add(label("Library", fetchRest), 0, row);
        grid.add(fetchRest, 1, row++);

        Label restart = new Label("Page size, time zone and privacy mode apply from the next start.");
        restart.getStyleClass().add("settings-note");
        restart.setWrapText(true);
        // Without this the grid gives the note one line and cuts the rest off with an ellipsis.
        restart.setMinHeight(Region.USE_PREF_SIZE);
        grid.add(restart, 1, row++);

        reviews(grid, row);
        return grid;
    }

    /** The reviews section, from {@code row} on: who reviews, and where the reviews are kept. */
    private void reviews(GridPane grid, int first) {
        int row = first;
        Separator line = new Separator();
        GridPane.setMargin(line, new Insets(8, 0, 0, 0));
        grid.add(line, 0, row++, 2, 1);
        Label title = new Label("Reviews");
        title.getStyleClass().addAll("settings-section", "title-4");
        // Spanning both columns, it would take the labels' right alignment.
        GridPane.setHalignment(title, HPos.LEFT);
        grid.add(title, 0, row++, 2, 1);

        TextField reviewer = new TextField();
        reviewer.setId("reviewer-name");
        reviewer.setPromptText(ReviewSettings.defaultReviewer());
        reviewer.textProperty().bindBidirectional(viewModel.reviewerProperty());
        grid.add(label("Reviewer", reviewer), 0, row);
        grid.add(reviewer, 1, row++);
        grid.add(problem(viewModel.reviewerProblemProperty()), 1, row++);

        ToggleGroup kept = new ToggleGroup();
        RadioButton local = new RadioButton("On this computer");
        local.setId("reviews-local");
        local.setToggleGroup(kept);
        local.setUserData(ReviewSettings.Storage.LOCAL);
        RadioButton team = new RadioButton("On a team server (PostgreSQL)");
        team.setId("reviews-team");
        team.setToggleGroup(kept);
        team.setUserData(ReviewSettings.Storage.TEAM);
        kept.selectToggle(viewModel.storageProperty().get() == ReviewSettings.Storage.TEAM ? team : local);
        kept.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.storageProperty().set((ReviewSettings.Storage) now.getUserData());
            }
        });
        HBox choices = new HBox(16, local, team);
        choices.setAlignment(Pos.CENTER_LEFT);
        grid.add(label("Reviews are kept", local), 0, row);
        grid.add(choices, 1, row++);

        BooleanBinding onThisComputer = viewModel.storageProperty().isNotEqualTo(ReviewSettings.Storage.TEAM);
        TextField url = new TextField();
        url.setId("jdbc-url");
        url.setPromptText("jdbc:postgresql://db.example.com:5432/reviews");
        url.textProperty().bindBidirectional(viewModel.jdbcUrlProperty());
        TextField user = new TextField();
        user.setId("database-user");
        user.setPromptText("qa");
        user.textProperty().bindBidirectional(viewModel.databaseUserProperty());
        PasswordField password = new PasswordField();
        password.setId("database-password");
        password.textProperty().bindBidirectional(viewModel.databasePasswordProperty());
        Label urlLabel = label("JDBC URL", url);
        Label userLabel = label("User", user);
        Label passwordLabel = label("Password", password);
        Label passwordNotice = note(viewModel.passwordNoticeProperty(), "password-notice");
        Node test = teamTestRow();
        for (Node node : List.of(url, user, password, urlLabel, userLabel, passwordLabel, passwordNotice, test)) {
            node.disableProperty().bind(onThisComputer);
        }
        grid.add(urlLabel, 0, row);
        grid.add(url, 1, row++);
        grid.add(userLabel, 0, row);
        grid.add(user, 1, row++);
        grid.add(passwordLabel, 0, row);
        grid.add(password, 1, row++);
        grid.add(passwordNotice, 1, row++);
        grid.add(problem(viewModel.teamProblemProperty()), 1, row++);
        grid.add(test, 1, row);
    }

    private Node teamTestRow() {
        Button test = new Button("Test connection");
        test.setId("test-team-server");
        test.setOnAction(e -> viewModel.testTeamServer());
        BooleanBinding running = viewModel.teamTestStateProperty().isEqualTo(SettingsViewModel.TestState.RUNNING);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.setMaxSize(16, 16);
        busy.visibleProperty().bind(running);
        busy.managedProperty().bind(busy.visibleProperty());
        Label result = new Label();
        result.setId("team-test-result");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.textProperty().bind(viewModel.teamTestMessageProperty());
        showOutcome(result, viewModel.teamTestStateProperty());
        HBox.setHgrow(result, Priority.ALWAYS);
        result.setMaxWidth(Double.MAX_VALUE);
        // Not disabled while running: the row as a whole is disabled on this computer, so the button alone is.
        HBox row = new HBox(8, test, busy, result);
        test.disableProperty().bind(running);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(2, 0, 4, 0));
        return row;
    }

    /** Green for a test that worked, red for one that did not. */
    private static void showOutcome(Label result, ObservableValue<SettingsViewModel.TestState> state) {
        state.addListener((obs, old, now) -> {
            result.getStyleClass().removeAll("success", "danger");
            if (now == SettingsViewModel.TestState.SUCCEEDED) {
                result.getStyleClass().add("success");
            } else if (now == SettingsViewModel.TestState.FAILED) {
                result.getStyleClass().add("danger");
            }
        });
    }

    /** A field's problem under it, taking no room while there is none. */
    private static Label problem(ObservableValue<String> text) {
        Label problem = note(text, "field-problem");
        problem.getStyleClass().add("danger");
        problem.visibleProperty()
                .bind(Bindings.createBooleanBinding(() -> !text.getValue().isEmpty(), text));
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    private Node keyRow() {
        maskedKey.setId("api-key-masked");
        plainKey.setId("api-key-plain");
        maskedKey.textProperty().bindBidirectional(viewModel.apiKeyProperty());
        plainKey.textProperty().bindBidirectional(viewModel.apiKeyProperty());
        maskedKey.setPromptText("KEY…");
        plainKey.setPromptText("KEY…");
        boolean readOnly = viewModel.keyFromEnvironment();
        maskedKey.setEditable(!readOnly);
        plainKey.setEditable(!readOnly);
        plainKey.visibleProperty().bind(viewModel.keyRevealedProperty());
        maskedKey.visibleProperty().bind(viewModel.keyRevealedProperty().not());
        StackPane field = new StackPane(maskedKey, plainKey);
        HBox.setHgrow(field, Priority.ALWAYS);

        Button reveal = new Button();
        reveal.setId("reveal-key");
        reveal.getStyleClass().addAll("flat", "button-icon");
        reveal.graphicProperty()
                .bind(Bindings.createObjectBinding(
                        () -> new FontIcon(
                                viewModel.keyRevealedProperty().get()
                                        ? MaterialDesignE.EYE_OFF_OUTLINE
                                        : MaterialDesignE.EYE_OUTLINE),
                        viewModel.keyRevealedProperty()));
        Tooltip tip = new Tooltip();
        tip.textProperty()
                .bind(Bindings.when(viewModel.keyRevealedProperty())
                        .then("Hide the key")
                        .otherwise("Show the key"));
        reveal.setTooltip(tip);
        reveal.setOnAction(e -> viewModel.toggleKeyRevealed());
        HBox row = new HBox(4, field, reveal);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node testRow() {
        Button test = new Button("Test connection");
        test.setId("test-connection");
        test.setOnAction(e -> viewModel.testConnection());
        test.disableProperty().bind(viewModel.testStateProperty().isEqualTo(SettingsViewModel.TestState.RUNNING));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.setMaxSize(16, 16);
        busy.visibleProperty().bind(test.disableProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Label result = new Label();
        result.setId("test-result");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.textProperty().bind(viewModel.testMessageProperty());
        showOutcome(result, viewModel.testStateProperty());
        HBox.setHgrow(result, Priority.ALWAYS);
        result.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(8, test, busy, result);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(2, 0, 10, 0));
        return row;
    }

    private static Label label(String text, Node field) {
        Label label = FormGrid.label(text, field);
        label.getStyleClass().add("settings-label");
        return label;
    }

    private void fitWindow() {
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().applyCss();
            getDialogPane().layout();
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private static Label note(ObservableValue<String> text, String styleClass) {
        Label note = new Label();
        note.textProperty().bind(text);
        note.setWrapText(true);
        // Without this the grid may give a wrapped note one line and cut the rest off with an ellipsis.
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().addAll("settings-note", styleClass);
        return note;
    }

    private static Node withHint(Node field, String hint) {
        Label text = new Label(hint);
        text.getStyleClass().add("settings-note");
        HBox row = new HBox(8, field, text);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    public PasswordField maskedKeyField() {
        return maskedKey;
    }

    public TextField plainKeyField() {
        return plainKey;
    }
}
