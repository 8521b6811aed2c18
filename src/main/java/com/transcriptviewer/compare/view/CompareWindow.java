package com.transcriptviewer.compare.view;

import com.transcriptviewer.compare.ComparisonFormat;
import com.transcriptviewer.compare.ComparisonRow;
import com.transcriptviewer.conversations.ConversationListView;
import com.transcriptviewer.conversations.RecentConversation;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.ui.DialogService;
import com.transcriptviewer.ui.ScreenFit;
import com.transcriptviewer.ui.ThemeManager;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The comparison's own window, beside the main one: an id box to compare with, both conversations' names and what
 * their calls were checked against, the summary line, next and previous difference (Alt+Down, Alt+Up), Export, and the
 * aligned rows. It follows the main window's theme. Made once by the composition root; shown whenever the view-model
 * asks.
 */
public final class CompareWindow {

    /** File > Compare with…: the window, its id box focused. */
    public static final KeyCombination COMPARE_WITH =
            new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    public static final KeyCombination NEXT_DIFFERENCE = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    public static final KeyCombination PREVIOUS_DIFFERENCE =
            new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);

    private final CompareViewModel viewModel;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final Set<ComparisonRow.Folded> opened = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ListView<ComparisonRow> list = new ListView<>();
    private final TextField idBox = new TextField();
    private final BorderPane root = new BorderPane();
    private Stage stage;

    /** @param owner the main window, whose theme the comparison's window follows */
    public CompareWindow(CompareViewModel viewModel, DialogService dialogs, Supplier<Window> owner) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.owner = Objects.requireNonNull(owner, "owner");
        build();
        viewModel.shownProperty().addListener((obs, old, now) -> show());
        viewModel.currentProperty().addListener((obs, old, row) -> {
            int at = row.intValue();
            if (at >= 0 && at < list.getItems().size()) {
                list.getSelectionModel().select(at);
                list.scrollTo(Math.max(0, at - 1));
            }
        });
    }

    /** File > Compare with…, for the main window's menu. */
    public MenuItem menuItem() {
        MenuItem item = new MenuItem("Compare with…");
        item.setId("menu-compare-with");
        item.setAccelerator(COMPARE_WITH);
        item.setOnAction(e -> {
            viewModel.show();
            idBox.requestFocus();
            idBox.selectAll();
        });
        return item;
    }

    /** "Compare with the open conversation" on the browser's and the recent list's rows. */
    public void installContextMenus(ConversationListView lists) {
        lists.list().setContextMenu(contextMenu(lists.list(), Conversation::id));
        lists.recentList().setContextMenu(contextMenu(lists.recentList(), RecentConversation::id));
    }

    private <T> ContextMenu contextMenu(ListView<T> rows, Function<T, String> id) {
        MenuItem compare = new MenuItem("Compare with the open conversation");
        compare.setGraphic(new FontIcon(MaterialDesignC.COMPARE_HORIZONTAL));
        compare.setOnAction(e -> {
            T selected = rows.getSelectionModel().getSelectedItem();
            if (selected != null) {
                viewModel.compareWith(id.apply(selected));
            }
        });
        ContextMenu menu = new ContextMenu(compare);
        menu.setOnShowing(e -> compare.setDisable(rows.getSelectionModel().getSelectedItem() == null));
        return menu;
    }

    /** The window's scene root, for tests and screenshots. */
    public BorderPane root() {
        return root;
    }

    public ListView<ComparisonRow> list() {
        return list;
    }

    public TextField idBox() {
        return idBox;
    }

    /** The window, once shown. */
    public Stage stage() {
        return stage;
    }

    private void show() {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("Compare conversations · Transcript Viewer");
            Window main = owner.get();
            Scene scene = new Scene(root, 1180, 760);
            if (main != null && main.getScene() != null) {
                followTheme(main.getScene(), scene);
                if (main instanceof Stage mainStage) {
                    stage.getIcons().setAll(mainStage.getIcons());
                }
                // Not owned (an owned window stays in front of the main one), but closed with it: the app ends when
                // its main window closes, not when the last comparison does.
                main.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> stage.hide());
            }
            scene.getAccelerators().put(NEXT_DIFFERENCE, viewModel::nextDifference);
            scene.getAccelerators().put(PREVIOUS_DIFFERENCE, viewModel::previousDifference);
            stage.setScene(scene);
            stage.setOnHidden(e -> viewModel.close());
        }
        stage.show();
        ScreenFit.keepOnScreen(stage, 0, 0);
        stage.toFront();
    }

    /** The main window's style sheets and its dark-theme class, now and whenever they change. */
    private static void followTheme(Scene main, Scene mine) {
        mine.getStylesheets().setAll(main.getStylesheets());
        main.getStylesheets().addListener((ListChangeListener<String>)
                c -> mine.getStylesheets().setAll(main.getStylesheets()));
        Runnable mark = () -> {
            boolean dark =
                    main.getRoot() != null && main.getRoot().getStyleClass().contains(ThemeManager.DARK_STYLE_CLASS);
            if (dark && !mine.getRoot().getStyleClass().contains(ThemeManager.DARK_STYLE_CLASS)) {
                mine.getRoot().getStyleClass().add(ThemeManager.DARK_STYLE_CLASS);
            } else if (!dark) {
                mine.getRoot().getStyleClass().remove(ThemeManager.DARK_STYLE_CLASS);
            }
        };
        mark.run();
        if (main.getRoot() != null) {
            main.getRoot().getStyleClass().addListener((ListChangeListener<String>) c -> mark.run());
        }
    }

    private void build() {
        root.getStyleClass().add("compare-window");
        root.getStylesheets()
                .add(Objects.requireNonNull(CompareWindow.class.getResource("compare.css"), "compare.css")
                        .toExternalForm());

        Label with = new Label("Compare the open conversation with");
        idBox.setId("compare-id-box");
        idBox.setPromptText("Conversation id or link");
        idBox.textProperty().bindBidirectional(viewModel.otherIdTextProperty());
        idBox.setOnAction(e -> viewModel.compareWithIdBox());
        idBox.setPrefColumnCount(28);
        Button compare = new Button("Compare");
        compare.getStyleClass().add("accent");
        compare.setOnAction(e -> viewModel.compareWithIdBox());

        Button previous = new Button(null, new FontIcon(MaterialDesignA.ARROW_UP));
        previous.setId("compare-previous");
        previous.setTooltip(new Tooltip("Previous difference (Alt+Up)"));
        previous.setOnAction(e -> viewModel.previousDifference());
        Button next = new Button(null, new FontIcon(MaterialDesignA.ARROW_DOWN));
        next.setId("compare-next");
        next.setTooltip(new Tooltip("Next difference (Alt+Down)"));
        next.setOnAction(e -> viewModel.nextDifference());
        Label position = new Label();
        position.getStyleClass().add("compare-position");
        position.textProperty().bind(viewModel.positionProperty());
        position.setMinWidth(Region.USE_PREF_SIZE);
        previous.disableProperty().bind(viewModel.stateProperty().isNotEqualTo(CompareViewModel.State.READY));
        next.disableProperty().bind(previous.disableProperty());

        MenuButton export = new MenuButton("Export", new FontIcon(MaterialDesignE.EXPORT_VARIANT));
        export.setId("compare-export");
        for (ComparisonFormat format : ComparisonFormat.values()) {
            MenuItem item = new MenuItem(format.displayName() + "…");
            item.setOnAction(e -> export(format));
            export.getItems().add(item);
        }
        export.disableProperty().bind(previous.disableProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(idBox, Priority.SOMETIMES);
        HBox tools = new HBox(8, with, idBox, compare, spacer, previous, position, next, export);
        tools.setAlignment(Pos.CENTER_LEFT);

        GridPane titles = new GridPane();
        titles.setHgap(16);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            titles.getColumnConstraints().add(half);
        }
        titles.add(
                sideTitle("Left · the open conversation", viewModel.leftTitleProperty(), viewModel.leftBasisProperty()),
                0,
                0);
        titles.add(sideTitle("Right", viewModel.rightTitleProperty(), viewModel.rightBasisProperty()), 1, 0);
        titles.visibleProperty().bind(viewModel.leftTitleProperty().isNotEmpty());
        titles.managedProperty().bind(titles.visibleProperty());

        Label summary = new Label();
        summary.setId("compare-summary");
        summary.getStyleClass().add("compare-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.visibleProperty().bind(viewModel.summaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        Label progress = new Label();
        progress.getStyleClass().add("compare-progress");
        progress.textProperty().bind(viewModel.progressProperty());
        HBox loading = new HBox(8, spinner, progress);
        loading.setAlignment(Pos.CENTER_LEFT);
        loading.visibleProperty().bind(viewModel.stateProperty().isEqualTo(CompareViewModel.State.LOADING));
        loading.managedProperty().bind(loading.visibleProperty());

        Label error = new Label();
        error.setId("compare-error");
        error.getStyleClass().add("compare-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        Button retry = new Button("Retry", new FontIcon(MaterialDesignR.REFRESH));
        retry.getStyleClass().add("small");
        retry.setOnAction(e -> viewModel.retry());
        HBox failed = new HBox(8, error, retry);
        failed.setAlignment(Pos.CENTER_LEFT);
        failed.visibleProperty().bind(viewModel.stateProperty().isEqualTo(CompareViewModel.State.FAILED));
        failed.managedProperty().bind(failed.visibleProperty());

        VBox head = new VBox(tools, titles, summary, loading, failed);
        head.getStyleClass().add("compare-head");
        root.setTop(head);

        list.setId("compare-list");
        list.getStyleClass().add("compare-list");
        list.setItems(viewModel.rows());
        list.setCellFactory(view -> new CompareRowCell(opened, viewModel.mask()::get));
        // Privacy mode switched, an item revealed, or long texts searched: the rows are shown again.
        viewModel.maskRevisionProperty().addListener((obs, old, now) -> list.refresh());
        viewModel.rows().addListener((ListChangeListener<ComparisonRow>) c -> opened.clear());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(16));
        placeholder
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> switch (viewModel.stateProperty().get()) {
                            case LOADING -> "Loading both conversations…";
                            case FAILED -> "Nothing to compare yet.";
                            case READY -> "Neither conversation has messages.";
                            case EMPTY ->
                                "Right-click a conversation in the browser or the recent list and choose \"Compare"
                                        + " with the open conversation\", or paste an id above.";
                        },
                        viewModel.stateProperty()));
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                viewModel.currentProperty().set(now.intValue());
            }
        });
        root.setCenter(list);

        Label exportStatus = new Label();
        exportStatus.getStyleClass().add("compare-export-status");
        exportStatus.textProperty().bind(viewModel.exportStatusProperty());
        HBox status = new HBox(exportStatus);
        status.setPadding(new Insets(4, 12, 4, 12));
        status.visibleProperty().bind(viewModel.exportStatusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        root.setBottom(status);
    }

    private static VBox sideTitle(String which, ObservableStringValue title, ObservableStringValue basis) {
        Label label = new Label(which);
        label.getStyleClass().add("compare-side-label");
        Label name = new Label();
        name.getStyleClass().add("compare-side-title");
        name.textProperty().bind(title);
        Label checked = new Label();
        checked.getStyleClass().add("compare-basis");
        checked.textProperty().bind(basis);
        checked.setWrapText(true);
        return new VBox(1, label, name, checked);
    }

    private void export(ComparisonFormat format) {
        dialogs.askFileToSave(new DialogService.FileRequest(
                        "Export Comparison as " + format.displayName(),
                        List.of(new DialogService.FileType(format.displayName(), "*." + format.extension())),
                        null,
                        viewModel.suggestedFileName(format)))
                .ifPresent(path -> viewModel.export(format, path));
    }
}
