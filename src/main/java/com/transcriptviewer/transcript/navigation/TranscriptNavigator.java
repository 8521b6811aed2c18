package com.transcriptviewer.transcript.navigation;

import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptView;
import java.util.List;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The view side of {@link TranscriptNavigationViewModel}: tool-bar buttons, keys (F8 / Shift+F8 for tool calls, F9 /
 * Shift+F9 for calls with problems, Ctrl+Home / Ctrl+End, Ctrl+G), the "Go to time" bar with what the last command
 * found out, and selecting and scrolling to a message.
 */
public final class TranscriptNavigator {

    public static final KeyCombination NEXT_TOOL_CALL = new KeyCodeCombination(KeyCode.F8);
    public static final KeyCombination PREVIOUS_TOOL_CALL =
            new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination NEXT_PROBLEM = new KeyCodeCombination(KeyCode.F9);
    public static final KeyCombination PREVIOUS_PROBLEM = new KeyCodeCombination(KeyCode.F9, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination TO_START = new KeyCodeCombination(KeyCode.HOME, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination TO_END = new KeyCodeCombination(KeyCode.END, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination GO_TO_TIME = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);

    private static final String STYLESHEET = Objects.requireNonNull(
                    TranscriptNavigator.class.getResource("navigation.css"), "navigation.css")
            .toExternalForm();
    private static final double USE_PREF_SIZE = Region.USE_PREF_SIZE;

    private final TranscriptNavigationViewModel viewModel;
    private final ListView<TranscriptRow> list;
    private final TranscriptView view;
    private final TextField timeField = new TextField();
    private final HBox timeBox;
    private final HBox bar;
    private final Label message = new Label();
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    public TranscriptNavigator(TranscriptNavigationViewModel viewModel, TranscriptView view) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.view = view;
        this.list = view.list();
        viewModel.setOnReveal(this::reveal);

        timeField.setId("go-to-time-field");
        timeField.setPromptText("+02:15");
        timeField.setPrefColumnCount(8);
        timeField.setOnAction(e -> goToTime());
        timeField.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                closeBar();
                e.consume();
            }
        });
        timeField.textProperty().addListener((obs, old, now) -> {
            if (!viewModel.searchingProperty().get()) {
                viewModel.cancel();
            }
        });
        Label timeLabel = new Label("Go to time from the first message:");
        timeLabel.setLabelFor(timeField);
        Button go = new Button("Go");
        go.getStyleClass().add("small");
        go.setOnAction(e -> goToTime());
        timeBox = new HBox(6, timeLabel, timeField, go);
        timeBox.setAlignment(Pos.CENTER_LEFT);
        shown(timeBox, false);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        spinner.setMaxSize(14, 14);
        spinner.visibleProperty().bind(viewModel.searchingProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        message.setId("navigation-message");
        message.getStyleClass().add("navigation-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.getStyleClass().addAll("flat", "small");
        close.setTooltip(new Tooltip("Close (Esc)"));
        close.setOnAction(e -> closeBar());

        bar = new HBox(8, timeBox, spinner, message, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("navigation-bar");
        bar.getStylesheets().add(STYLESHEET);
        viewModel.messageProperty().addListener((obs, old, now) -> {
            message.pseudoClassStateChanged(REFUSED, false);
            updateBar();
        });
        updateBar();

        view.addBar(bar);
        // Inside the transcript, before the list's own keys (Ctrl+Home would only move its focus).
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // Elsewhere in the window the keys that no text field uses work too.
        view.sceneProperty().addListener((obs, old, scene) -> listenOn(old, scene));
        listenOn(null, view.getScene());
    }

    /** Tool-bar buttons (one group): start, previous and next tool call, end, go to time. */
    public List<Node> toolBarButtons() {
        HBox group = new HBox(
                button(
                        "nav-start",
                        MaterialDesignF.FORMAT_VERTICAL_ALIGN_TOP,
                        "Start of the conversation (Ctrl+Home)",
                        this::toStart),
                button(
                        "nav-previous-tool-call",
                        MaterialDesignC.CHEVRON_UP,
                        "Previous tool call (Shift+F8)",
                        this::previousToolCall),
                button("nav-next-tool-call", MaterialDesignC.CHEVRON_DOWN, "Next tool call (F8)", this::nextToolCall),
                button(
                        "nav-end",
                        MaterialDesignF.FORMAT_VERTICAL_ALIGN_BOTTOM,
                        "End of the conversation; loads all of it (Ctrl+End)",
                        this::toEnd),
                button("nav-go-to-time", MaterialDesignC.CLOCK_OUTLINE, "Go to a time (Ctrl+G)", this::openGoToTime));
        group.setAlignment(Pos.CENTER_LEFT);
        group.getStyleClass().add("navigation-buttons");
        group.getStylesheets().add(STYLESHEET);
        group.setMinWidth(USE_PREF_SIZE);
        return List.of(new Separator(Orientation.VERTICAL), group);
    }

    /**
     * The previous and next call with a problem (Shift+F9, F9), for the transcript's header, beside the line that
     * counts the problems: where the reader looks when there are some, and no room taken from the tool bar.
     */
    public Node problemButtons() {
        HBox group = new HBox(
                button(
                        "nav-previous-problem",
                        MaterialDesignC.CHEVRON_UP,
                        "Previous call with a problem (Shift+F9)",
                        this::previousProblem),
                button(
                        "nav-next-problem",
                        MaterialDesignC.CHEVRON_DOWN,
                        "Next call with a problem (F9)",
                        this::nextProblem));
        group.setAlignment(Pos.CENTER_LEFT);
        group.getStyleClass().addAll("navigation-buttons", "problem-buttons");
        group.getStylesheets().add(STYLESHEET);
        group.setMinWidth(USE_PREF_SIZE);
        return group;
    }

    private static Button button(String id, Ikon ikon, String tooltip, Runnable action) {
        Node graphic = new FontIcon(ikon);
        // A wrench beside the arrow for the moves between tool calls, a warning sign for those between problems.
        Ikon beside = id.endsWith("tool-call")
                ? MaterialDesignW.WRENCH_OUTLINE
                : id.endsWith("problem") ? MaterialDesignA.ALERT_CIRCLE_OUTLINE : null;
        if (beside != null) {
            HBox both = new HBox(new FontIcon(beside), graphic);
            both.setAlignment(Pos.CENTER);
            graphic = both;
        }
        Button button = new Button(null, graphic);
        button.setId(id);
        button.getStyleClass().addAll("flat", "nav-button");
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    public void nextToolCall() {
        viewModel.nextToolCall(selectedIndex());
    }

    public void previousToolCall() {
        viewModel.previousToolCall(selectedIndex());
    }

    public void nextProblem() {
        viewModel.nextProblem(selectedIndex());
    }

    public void previousProblem() {
        viewModel.previousProblem(selectedIndex());
    }

    public void toStart() {
        viewModel.toStart();
    }

    public void toEnd() {
        viewModel.toEnd();
    }

    /** Shows the "Go to time" field and focuses it. */
    public void openGoToTime() {
        shown(timeBox, true);
        updateBar();
        timeField.requestFocus();
        timeField.selectAll();
    }

    private void goToTime() {
        if (viewModel.goToTime(timeField.getText())) {
            shown(timeBox, false);
            updateBar();
        } else {
            // The reason shows beside the field, in the error colour, until the entry changes.
            message.pseudoClassStateChanged(REFUSED, true);
            timeField.requestFocus();
        }
    }

    private void closeBar() {
        viewModel.cancel();
        shown(timeBox, false);
        updateBar();
        list.requestFocus();
    }

    /** The selected message's index, or -1 when no message is selected. */
    private int selectedIndex() {
        return list.getSelectionModel().getSelectedItem() instanceof TranscriptRow.MessageRow row ? row.index() : -1;
    }

    /** Selects the message with {@code messageIndex} and scrolls it into view, whole (see {@link TranscriptView#reveal}). */
    private void reveal(int messageIndex) {
        int position = positionOf(list.getItems(), messageIndex);
        if (position < 0 || !view.reveal(messageIndex)) {
            return;
        }
        list.getFocusModel().focus(position);
        if (!timeField.isFocused()) {
            list.requestFocus();
        }
    }

    /** Position of a message in the (possibly filtered) rows, which are in message order; -1 when not shown. */
    static int positionOf(List<TranscriptRow> rows, int messageIndex) {
        int low = 0;
        int high = rows.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int index = rows.get(middle) instanceof TranscriptRow.MessageRow row ? row.index() : Integer.MAX_VALUE;
            if (index < messageIndex) {
                low = middle + 1;
            } else if (index > messageIndex) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    // ---- keys ----------------------------------------------------------------------------------------------------

    private void onKey(KeyEvent event) {
        boolean inText = event.getTarget() instanceof TextInputControl;
        if (windowKey(event)) {
            return;
        }
        if (TO_START.match(event) && !inText) {
            toStart();
        } else if (TO_END.match(event) && !inText) {
            toEnd();
        } else {
            return;
        }
        event.consume();
    }

    private final EventHandler<KeyEvent> windowKeys = event -> {
        if (!event.isConsumed()) {
            windowKey(event);
        }
    };

    /**
     * F8, Shift+F8, F9, Shift+F9 and Ctrl+G, which work anywhere in the window: acts on and consumes them; false for
     * others.
     */
    private boolean windowKey(KeyEvent event) {
        if (NEXT_TOOL_CALL.match(event)) {
            nextToolCall();
        } else if (PREVIOUS_TOOL_CALL.match(event)) {
            previousToolCall();
        } else if (NEXT_PROBLEM.match(event)) {
            nextProblem();
        } else if (PREVIOUS_PROBLEM.match(event)) {
            previousProblem();
        } else if (GO_TO_TIME.match(event)) {
            openGoToTime();
        } else {
            return false;
        }
        event.consume();
        return true;
    }

    private void listenOn(Scene old, Scene scene) {
        if (old != null) {
            old.removeEventHandler(KeyEvent.KEY_PRESSED, windowKeys);
        }
        if (scene != null) {
            scene.addEventHandler(KeyEvent.KEY_PRESSED, windowKeys);
        }
    }

    // ---- the bar -------------------------------------------------------------------------------------------------

    private void updateBar() {
        shown(bar, timeBox.isVisible() || !viewModel.messageProperty().get().isEmpty());
    }

    private static void shown(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    /** Puts the navigation bar under the transcript's other bars and wires the keys; returns the navigator. */
    public static TranscriptNavigator install(TranscriptView view, TranscriptNavigationViewModel viewModel) {
        return new TranscriptNavigator(viewModel, view);
    }
}
