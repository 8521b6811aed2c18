package com.transcriptviewer.transcript.find;

import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The find bar above the transcript list: the query, Match case and Whole word toggles, "3 of 17", previous and
 * next, and while the rest of the conversation loads its progress with Cancel. Ctrl+F (anywhere in the window) opens
 * it and focuses the query; typing marks every match and goes to the first once typing pauses; Enter and Shift+Enter
 * go to the next and previous match; Esc closes it. Binds to
 * {@link FindViewModel}; scrolling to a match is the transcript view's job, passed in as {@code reveal}.
 */
public final class FindBar extends VBox {

    public static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final FindViewModel viewModel;
    private final IntSupplier selectedMessage;
    /** The query, with a button that clears it once there is text. */
    private final TextField field = TextFields.createClearableTextField();

    private final Label hiddenNote = new Label("This match is in a message the filters hide");
    private Node focusBeforeOpen;
    private Scene installedIn;

    /**
     * @param selectedMessage the selected message's index, or -1 (where a search without a current match starts)
     * @param reveal          selects and scrolls to a message; false when the list does not show it
     */
    public FindBar(FindViewModel viewModel, IntSupplier selectedMessage, IntPredicate reveal) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.selectedMessage = Objects.requireNonNull(selectedMessage, "selectedMessage");
        Objects.requireNonNull(reveal, "reveal");
        getStyleClass().add("find-bar");

        FontIcon magnify = new FontIcon(MaterialDesignM.MAGNIFY);
        magnify.getStyleClass().add("find-icon");
        field.getStyleClass().add("find-field");
        field.setPromptText("Find in conversation");
        field.setPrefColumnCount(15);
        field.setMinWidth(120);
        // Typing searches once it pauses, from the selected message on (see FindViewModel.type).
        field.setText(viewModel.queryProperty().get());
        field.textProperty().addListener((obs, old, now) -> {
            viewModel.setOrigin(selectedMessage.getAsInt());
            viewModel.type(now);
        });
        viewModel.queryProperty().addListener((obs, old, now) -> {
            if (!now.equals(field.getText())) {
                field.setText(now);
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                if (event.isShiftDown()) {
                    previous();
                } else {
                    next();
                }
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                close();
                event.consume();
            }
        });

        ToggleButton matchCase = toggle(MaterialDesignF.FORMAT_LETTER_CASE, "Match case", "find-match-case");
        matchCase.selectedProperty().bindBidirectional(viewModel.matchCaseProperty());
        ToggleButton wholeWord = toggle(MaterialDesignF.FORMAT_LETTER_MATCHES, "Whole word", "find-whole-word");
        wholeWord.selectedProperty().bindBidirectional(viewModel.wholeWordProperty());

        Label counter = new Label();
        counter.getStyleClass().add("find-counter");
        counter.textProperty().bind(viewModel.counterTextProperty());
        counter.setMinWidth(USE_PREF_SIZE);

        Button previous = button(MaterialDesignC.CHEVRON_UP, "Previous match (Shift+Enter)", "find-previous");
        previous.setOnAction(event -> previous());
        Button next = button(MaterialDesignC.CHEVRON_DOWN, "Next match (Enter)", "find-next");
        next.setOnAction(event -> next());
        previous.disableProperty().bind(viewModel.matchCountProperty().isEqualTo(0));
        next.disableProperty().bind(viewModel.matchCountProperty().isEqualTo(0));

        hiddenNote.getStyleClass().add("find-note");
        hiddenNote.setMinWidth(USE_PREF_SIZE);
        setShown(hiddenNote, false);
        viewModel.setOnReveal(match -> setShown(hiddenNote, !reveal.test(match.messageIndex())));
        viewModel.currentMatchProperty().addListener((obs, old, now) -> {
            if (now == null) {
                setShown(hiddenNote, false);
            }
        });

        // A thin line along the bar's bottom edge: it takes no room from the controls.
        ProgressBar progress = new ProgressBar();
        progress.getStyleClass().add("find-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(viewModel.progressProperty());
        bindShown(progress, viewModel.loadingProperty());
        Label progressText = new Label();
        progressText.getStyleClass().add("find-progress-text");
        progressText.textProperty().bind(viewModel.progressTextProperty());
        progressText.setMinWidth(0);
        Tooltip progressTip = new Tooltip();
        progressTip.textProperty().bind(viewModel.progressTextProperty());
        progressText.setTooltip(progressTip);
        bindShown(progressText, viewModel.progressTextProperty().isNotEmpty());
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().addAll("small", "find-cancel");
        cancel.setMinWidth(USE_PREF_SIZE);
        cancel.setTooltip(new Tooltip("Stop loading the rest of the conversation; search what is loaded"));
        cancel.setOnAction(event -> viewModel.cancelLoading());
        bindShown(cancel, viewModel.loadingProperty());
        Button resume = new Button("Search all");
        resume.getStyleClass().addAll("small", "find-resume");
        resume.setMinWidth(USE_PREF_SIZE);
        resume.setTooltip(new Tooltip("Load the rest of the conversation and search it too"));
        resume.setOnAction(event -> viewModel.resume());
        bindShown(resume, viewModel.partialProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = button(MaterialDesignC.CLOSE, "Close (Esc)", "find-close");
        close.setOnAction(event -> close());

        HBox row = new HBox(
                6,
                magnify,
                field,
                matchCase,
                wholeWord,
                counter,
                previous,
                next,
                hiddenNote,
                progressText,
                cancel,
                resume,
                spacer,
                close);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("find-row");
        getChildren().addAll(row, progress);
        visibleProperty().bind(viewModel.openProperty());
        managedProperty().bind(visibleProperty());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && scene != installedIn) {
                installedIn = scene;
                install(scene);
            }
        });
    }

    public TextField field() {
        return field;
    }

    /** Opens the bar (or, when open, selects the query again) with the keyboard in the query field. */
    public void open() {
        Scene scene = getScene();
        Node owner = scene == null ? null : scene.getFocusOwner();
        if (!viewModel.isOpen() && owner != null && !isInside(owner)) {
            focusBeforeOpen = owner;
        }
        viewModel.open();
        field.requestFocus();
        field.selectAll();
    }

    /** Closes the bar, clears the highlights and gives the keyboard back to where it was. */
    public void close() {
        viewModel.close();
        Node back = focusBeforeOpen;
        focusBeforeOpen = null;
        if (back != null && back.getScene() == getScene() && back.isVisible()) {
            back.requestFocus();
        }
    }

    private void next() {
        viewModel.setOrigin(selectedMessage.getAsInt());
        viewModel.next();
    }

    private void previous() {
        viewModel.setOrigin(selectedMessage.getAsInt());
        viewModel.previous();
    }

    /** Ctrl+F anywhere in the window opens the bar; Esc anywhere closes it while open and nothing else used it. */
    private void install(Scene scene) {
        scene.getAccelerators().put(OPEN, this::open);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && viewModel.isOpen() && !event.isConsumed()) {
                close();
                event.consume();
            }
        });
    }

    private boolean isInside(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent == this) {
                return true;
            }
        }
        return node == this;
    }

    private static ToggleButton toggle(Ikon icon, String tip, String styleClass) {
        ToggleButton toggle = new ToggleButton(null, new FontIcon(icon));
        toggle.getStyleClass().addAll("small", "find-toggle", styleClass);
        toggle.setTooltip(new Tooltip(tip));
        toggle.setAccessibleText(tip);
        toggle.setFocusTraversable(false);
        toggle.setMinWidth(USE_PREF_SIZE);
        return toggle;
    }

    private static Button button(Ikon icon, String tip, String styleClass) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll("flat", "small", styleClass);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.setFocusTraversable(false);
        button.setMinWidth(USE_PREF_SIZE);
        return button;
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static void bindShown(Node node, ObservableValue<Boolean> shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }
}
