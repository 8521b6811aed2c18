package com.transcriptviewer.shell;

import com.transcriptviewer.ui.DialogService;
import com.transcriptviewer.ui.NarrowBars;
import com.transcriptviewer.ui.Theme;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The main window's layout: a tool bar with the id box, the conversation list on the left, the transcript in the
 * centre, the status bar at the bottom. Feature views are built by the composition root and passed in.
 */
public final class MainView extends BorderPane {

    public static final KeyCombination FOCUS_ID_BOX = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination OPEN_FILE = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);

    /** Room for a whole conversation id, with the tool bar's buttons beside it in a 1200-pixel window. */
    private static final int ID_BOX_COLUMNS = 23;

    private static final double ID_BOX_MIN_WIDTH = 150;
    /** Below this tool-bar width the app's name leaves the bar (the window title still says it). */
    private static final double WIDTH_FOR_TITLE = 1100;
    /** The conversation list's share of the window's width at start. */
    private static final double LIST_SHARE = 0.26;

    private final MainViewModel viewModel;
    private final DialogService dialogs;
    /** Made with the tool bar (see {@link #buildBars}). */
    private TextField idBox;

    private final VBox bars = new VBox();
    private boolean barsBuilt;
    private Runnable addNoticeRow;

    private final SplitPane split = new SplitPane();
    /** Buttons the features add to the tool bar (see {@link #addTool}). */
    private final HBox tools = new HBox(4);

    private Menu fileMenu;
    private VBox statusBar;
    private HBox toolBar;
    private Node toolBarEnd;

    /**
     * The window with stand-ins for its bars and empty panes: it can be painted before the controls exist (see
     * {@link #buildBars} and {@link #setPanes}).
     */
    public MainView(MainViewModel viewModel, DialogService dialogs) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        getStyleClass().add("main-view");
        bars.getChildren().setAll(BarPlaceholders.menuBar(), BarPlaceholders.toolBar(viewModel, ID_BOX_COLUMNS));
        setTop(bars);
        split.setOrientation(Orientation.HORIZONTAL);
        setCenter(new PanesPlaceholder(LIST_SHARE));
        setBottom(statusBar());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(FOCUS_ID_BOX, this::focusIdBox);
            }
        });
    }

    /** Puts the real menu bar and tool bar in place of their stand-ins (once; they measure the same). */
    public void buildBars() {
        if (!barsBuilt) {
            barsBuilt = true;
            bars.getChildren().setAll(menuBar(), toolBar());
            addNoticeRow();
        }
    }

    /**
     * Puts the transcript on the right, beside the conversation list's stand-in: the first page is shown before the
     * list's controls are built (see {@link #setConversationList}).
     */
    public void setTranscriptPane(Node transcript) {
        Region listStandIn = new Region();
        listStandIn.getStyleClass().addAll("pane-placeholder", "list-placeholder");
        split.getItems().setAll(listStandIn, transcript);
        split.setDividerPositions(LIST_SHARE);
        SplitPane.setResizableWithParent(listStandIn, false);
        setCenter(split);
    }

    /** Puts the conversation list on the left, in its stand-in's room (where the user may have dragged the divider). */
    public void setConversationList(Node conversationList) {
        double[] dividers = split.getDividerPositions();
        split.getItems().set(0, conversationList);
        SplitPane.setResizableWithParent(conversationList, false);
        split.setDividerPositions(dividers);
    }

    /** Adds a feature's button to the tool bar, left of the data-source badge. */
    public void addTool(Node tool) {
        tools.getChildren().add(tool);
    }

    /** The tool bar's id box, once the bars are built. */
    public TextField idBox() {
        return idBox;
    }

    public void focusIdBox() {
        if (idBox != null) {
            idBox.requestFocus();
            idBox.selectAll();
        }
    }

    /** Adds a group of feature controls to the tool bar, after the id box and its Open button. */
    public void addToolBarItems(List<? extends Node> items) {
        toolBar.getChildren().addAll(toolBar.getChildren().indexOf(toolBarEnd), items);
    }

    private Node menuBar() {
        MenuItem openFile = new MenuItem("Open Transcript File…");
        openFile.setId("menu-open-file");
        openFile.setAccelerator(OPEN_FILE);
        openFile.setOnAction(e -> chooseFile());
        MenuItem openId = new MenuItem("Open Conversation by Id");
        openId.setAccelerator(FOCUS_ID_BOX);
        openId.setOnAction(e -> focusIdBox());
        MenuItem settings = new MenuItem("Settings…");
        settings.setOnAction(e -> dialogs.showSettings());
        MenuItem quit = new MenuItem("Quit");
        quit.setOnAction(e -> {
            if (getScene() != null && getScene().getWindow() != null) {
                getScene().getWindow().hide();
            }
        });
        Menu file = new Menu(
                "File", null, openFile, openId, new SeparatorMenuItem(), settings, new SeparatorMenuItem(), quit);
        MenuItem about = new MenuItem("About Transcript Viewer");
        about.setId("menu-about");
        about.setOnAction(e -> dialogs.showAbout());
        Menu help = new Menu("Help", null, about);
        fileMenu = file;
        MenuBar bar = new MenuBar(file, help);
        bar.getStyleClass().add("main-menu");
        return bar;
    }

    /** Adds a feature's items to the File menu, after the Open items (features are built by the composition root). */
    public void addToFileMenu(MenuItem... items) {
        int afterOpen = 2;
        fileMenu.getItems().add(afterOpen, new SeparatorMenuItem());
        fileMenu.getItems().addAll(afterOpen + 1, List.of(items));
    }

    /** Adds a feature's strip to the status bar, above the status line. */
    public void addToStatusBar(Node strip) {
        statusBar.getChildren().add(statusBar.getChildren().size() - 1, strip);
    }

    /** File > Open: a JSON transcript as the messages endpoint returns it, or a bare array of messages. */
    public void chooseFile() {
        dialogs.askFileToOpen(new DialogService.FileRequest(
                        "Open Transcript File",
                        List.of(new DialogService.FileType("JSON transcripts", "*.json"), DialogService.FileType.ALL),
                        null,
                        ""))
                .ifPresent(viewModel::openFile);
    }

    private Node toolBar() {
        Label title = new Label("Transcript Viewer");
        title.getStyleClass().add("app-title");

        idBox = new TextField();
        idBox.setPromptText("Conversation id or link  (Ctrl+L)");
        idBox.getStyleClass().add("id-box");
        idBox.textProperty().bindBidirectional(viewModel.idTextProperty());
        idBox.setOnAction(e -> viewModel.openFromIdBox());
        idBox.setPrefColumnCount(ID_BOX_COLUMNS);
        HBox.setHgrow(idBox, Priority.SOMETIMES);
        Tooltip hint = new Tooltip();
        hint.textProperty().bind(viewModel.idHintProperty());
        viewModel.idHintProperty().addListener((obs, old, now) -> {
            if (now.isEmpty()) {
                hint.hide();
                idBox.pseudoClassStateChanged(PseudoClass.getPseudoClass("danger"), false);
            } else if (idBox.getScene() != null) {
                idBox.pseudoClassStateChanged(PseudoClass.getPseudoClass("danger"), true);
                var point = idBox.localToScreen(0, idBox.getHeight());
                if (point != null) {
                    hint.show(idBox, point.getX(), point.getY() + 2);
                }
            }
        });

        Button open = new Button("Open");
        open.getStyleClass().add("accent");
        open.setOnAction(e -> viewModel.openFromIdBox());

        Label badge = new Label();
        badge.getStyleClass().add("source-badge");
        badge.textProperty().bind(viewModel.sourceBadgeProperty());
        badge.visibleProperty().bind(viewModel.sourceBadgeProperty().isNotEmpty());

        Button theme = new Button();
        theme.getStyleClass().addAll("flat", "theme-toggle");
        theme.graphicProperty()
                .bind(Bindings.createObjectBinding(
                        () -> new FontIcon(
                                viewModel.themeProperty().get() == Theme.DARK
                                        ? MaterialDesignW.WHITE_BALANCE_SUNNY
                                        : MaterialDesignW.WEATHER_NIGHT),
                        viewModel.themeProperty()));
        Tooltip themeTip = new Tooltip();
        themeTip.textProperty()
                .bind(Bindings.when(viewModel.themeProperty().isEqualTo(Theme.DARK))
                        .then("Switch to the light theme")
                        .otherwise("Switch to the dark theme"));
        theme.setTooltip(themeTip);
        theme.setOnAction(e -> viewModel.toggleTheme());

        Button settings = new Button(null, new FontIcon(MaterialDesignC.COG_OUTLINE));
        settings.getStyleClass().addAll("flat", "settings-button");
        settings.setTooltip(new Tooltip("Settings"));
        settings.setOnAction(e -> dialogs.showSettings());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        tools.setAlignment(Pos.CENTER_LEFT);
        HBox bar = new HBox(8, title, idBox, open, spacer, tools, badge, theme, settings);
        toolBar = bar;
        toolBarEnd = spacer;
        fitToolBar(bar, title, idBox, open, badge);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("tool-bar-main");
        return bar;
    }

    /**
     * Keeps a narrow window's tool bar readable: buttons and the badge keep their text whole, the id box gives way
     * first, and the app's name (also in the window's title) makes room when the bar is too narrow for it.
     */
    static void fitToolBar(HBox bar, Region title, Region idBox, Region... whole) {
        for (Region region : whole) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        title.setMinWidth(Region.USE_PREF_SIZE);
        idBox.setMinWidth(ID_BOX_MIN_WIDTH);
        follow(bar.widthProperty(), width -> {
            boolean fits = width.doubleValue() >= WIDTH_FOR_TITLE;
            title.setVisible(fits);
            title.setManaged(fits);
        });
        NarrowBars.clipWhenNarrow(bar);
    }

    /**
     * Applies {@code source}'s value now and at each change. Used instead of fluent bindings ({@code isNotEmpty()},
     * {@code greaterThan(...)}) in what is built before the window's first frame: their first use loads and verifies
     * the hundred inner classes of {@code javafx.beans.binding.Bindings}, a visible part of that frame's time.
     */
    static <T> void follow(ObservableValue<T> source, Consumer<? super T> apply) {
        apply.accept(source.getValue());
        source.addListener((obs, old, now) -> apply.accept(now));
    }

    private Node statusBar() {
        Label status = new Label();
        status.getStyleClass().add("status-text");
        status.textProperty().bind(viewModel.transcript().statusTextProperty());
        VBox bar = new VBox(2, status);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        // The notice row (an icon and a button) is added at the first notice or with the bars, after the first
        // frame. Hidden and unmanaged while there is no notice, it takes no room, so adding it later moves nothing.
        addNoticeRow = () -> bar.getChildren().add(0, noticeRow());
        if (!viewModel.noticeProperty().get().isEmpty()) {
            addNoticeRow();
        } else {
            viewModel.noticeProperty().addListener(new InvalidationListener() {
                @Override
                public void invalidated(Observable notice) {
                    notice.removeListener(this);
                    addNoticeRow();
                }
            });
        }
        statusBar = bar;
        return bar;
    }

    private void addNoticeRow() {
        if (addNoticeRow != null) {
            Runnable add = addNoticeRow;
            addNoticeRow = null;
            add.run();
        }
    }

    private Node noticeRow() {
        Label notice = new Label();
        notice.setId("notice");
        notice.getStyleClass().add("status-notice");
        notice.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(notice, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.getStyleClass().addAll("flat", "small");
        dismiss.setOnAction(e -> viewModel.dismissNotice());
        HBox noticeRow = new HBox(8, notice, dismiss);
        noticeRow.setAlignment(Pos.CENTER_LEFT);
        noticeRow.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        noticeRow.managedProperty().bind(noticeRow.visibleProperty());
        return noticeRow;
    }
}
