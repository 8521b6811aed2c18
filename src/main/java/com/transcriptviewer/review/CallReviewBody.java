package com.transcriptviewer.review;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.transcript.bubble.CheckTexts;
import com.transcriptviewer.ui.Icons;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;

/**
 * The review in an expanded tool card, under the check (see {@link CallReviewPart}): Correct / Wrong / Unsure, the
 * check's status beside them, whether the last change is saved (with Retry when it was not), the note and its editor,
 * the other reviewers' latest verdicts and, on demand, the call's history. {@link CallReviewPart} makes it the first
 * time its card is expanded: a card seen only collapsed needs none of these controls, and the first page's cards would
 * otherwise build and style them all. Acts on the call its part shows now.
 */
final class CallReviewBody extends VBox {

    private static final List<String> CHECK_TONES = List.of("check-ok", "check-failed", "check-muted");
    private static final List<String> SAVE_TONES = List.of("save-quiet", "save-ok", "save-failed");

    private final TimeFormat time;
    private final Supplier<CallReviewViewModel> shownCall;
    private final Runnable giveFocusBack;
    private final VerdictButtons verdicts;
    private final Label checkChip = new Label();
    private final FontIcon checkIcon = Icons.check(ToolCallCheck.Status.OK);
    private final Tooltip checkTip = new Tooltip();
    private final Label saveStatus = new Label();
    private final Tooltip savedTip = new Tooltip();
    private final Button retry = new Button("Retry", Icons.retry());
    private final Hyperlink historyLink = new Hyperlink("History", Icons.icon(MaterialDesignH.HISTORY, "history-icon"));
    private final Label noteText = new Label();
    private final Hyperlink editNote = new Hyperlink();
    private final HBox noteLine;
    private final TextArea noteArea = new TextArea();
    private final VBox noteEditor;
    private final OtherReviewsSection othersAndHistory;

    /**
     * @param shownCall     the call the part shows now, or null while it shows none
     * @param giveFocusBack gives the keyboard back to the card once a note is kept or dropped
     * @param choose        told of the verdict clicked
     */
    CallReviewBody(
            TimeFormat time,
            Supplier<CallReviewViewModel> shownCall,
            Runnable giveFocusBack,
            Consumer<Verdict> choose) {
        this.time = Objects.requireNonNull(time, "time");
        this.shownCall = Objects.requireNonNull(shownCall, "shownCall");
        this.giveFocusBack = Objects.requireNonNull(giveFocusBack, "giveFocusBack");
        verdicts = new VerdictButtons("call-verdict-", true, choose);
        Label caption = new Label("Your verdict");
        caption.getStyleClass().add("review-caption");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        checkChip.setGraphic(checkIcon);
        checkChip.getStyleClass().addAll("review-check");
        checkChip.setMinWidth(Region.USE_PREF_SIZE);
        checkTip.setWrapText(true);
        checkTip.setMaxWidth(420);
        checkChip.setTooltip(checkTip);
        saveStatus.getStyleClass().add("review-save-status");
        saveStatus.setWrapText(true);
        saveStatus.setMinWidth(0);
        retry.getStyleClass().addAll("small", "review-retry");
        retry.setFocusTraversable(false);
        retry.setOnAction(e -> {
            CallReviewViewModel call = shownCall.get();
            if (call != null) {
                call.retry();
            }
        });
        historyLink.getStyleClass().add("review-history-link");
        historyLink.setFocusTraversable(false);
        historyLink.setOnAction(e -> {
            CallReviewViewModel call = shownCall.get();
            if (call != null) {
                call.toggleHistory();
            }
        });
        HBox choice = new HBox(8, caption, verdicts, checkChip);
        choice.setAlignment(Pos.CENTER_LEFT);
        choice.setMinWidth(Region.USE_PREF_SIZE);
        HBox status = new HBox(6, saveStatus, retry, historyLink);
        status.setAlignment(Pos.CENTER_LEFT);
        FlowPane firstLine = new FlowPane(12, 4, choice, status);
        firstLine.setAlignment(Pos.CENTER_LEFT);
        firstLine.getStyleClass().add("review-line");

        noteText.getStyleClass().add("review-note");
        noteText.setWrapText(true);
        noteText.setMinWidth(0);
        noteText.setGraphic(Icons.icon(MaterialDesignN.NOTE_TEXT_OUTLINE, "note-icon"));
        HBox.setHgrow(noteText, Priority.SOMETIMES);
        editNote.getStyleClass().add("review-edit-note");
        editNote.setFocusTraversable(false);
        editNote.setMinWidth(Region.USE_PREF_SIZE);
        editNote.setOnAction(e -> {
            CallReviewViewModel call = shownCall.get();
            if (call != null) {
                call.beginNote();
            }
        });
        noteLine = new HBox(6, noteText, editNote);
        noteLine.setAlignment(Pos.CENTER_LEFT);

        noteArea.getStyleClass().add("review-note-editor");
        noteArea.setWrapText(true);
        noteArea.setPrefRowCount(2);
        noteArea.setPromptText("What is right or wrong about this call?");
        noteArea.addEventFilter(KeyEvent.KEY_PRESSED, this::onNoteKey);
        noteArea.focusedProperty().addListener((obs, was, focused) -> {
            CallReviewViewModel call = shownCall.get();
            if (focused && call != null) {
                call.noteFocused();
            }
        });
        Label keys = new Label("Enter saves · Shift+Enter new line · Esc cancels");
        keys.getStyleClass().add("review-hint");
        keys.setMinWidth(0);
        Button save = new Button("Save note");
        save.getStyleClass().addAll("small", "accent", "review-save-note");
        save.setFocusTraversable(false);
        save.setOnAction(e -> commitNote());
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().addAll("small", "review-cancel-note");
        cancel.setFocusTraversable(false);
        cancel.setOnAction(e -> cancelNote());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox editorBar = new HBox(6, keys, spacer, save, cancel);
        editorBar.setAlignment(Pos.CENTER_LEFT);
        noteEditor = new VBox(4, noteArea, editorBar);

        othersAndHistory = new OtherReviewsSection(time);

        getStyleClass().add("review-part");
        setSpacing(5);
        getChildren().addAll(firstLine, noteLine, noteEditor, othersAndHistory.others(), othersAndHistory.history());
    }

    /** The note field (for the keys and the tests). */
    TextArea noteArea() {
        return noteArea;
    }

    VerdictButtons verdictButtons() {
        return verdicts;
    }

    /** Follows {@code bound}: the buttons show its verdict, the note field edits its draft, until {@code unbinders} run. */
    void bind(CallReviewViewModel bound, List<Runnable> unbinders) {
        verdicts.showing(bound::getVerdict);
        noteArea.textProperty().bindBidirectional(bound.draftProperty());
        unbinders.add(() -> noteArea.textProperty().unbindBidirectional(bound.draftProperty()));
    }

    /** Shows {@code bound}'s verdict, check, save state, note and the other reviews. */
    void show(CallReviewViewModel bound, TextMask mask) {
        Verdict verdict = bound.getVerdict();
        SaveState state = bound.saveStateProperty().get();
        verdicts.show(verdict);
        showCheck(bound.card().getCheck());

        String message = bound.saveMessageProperty().get();
        saveStatus.setText(message);
        saveStatus.getStyleClass().removeAll(SAVE_TONES);
        saveStatus
                .getStyleClass()
                .add(state == SaveState.FAILED ? "save-failed" : state == SaveState.SAVED ? "save-ok" : "save-quiet");
        ReviewEntry saved = bound.savedProperty().get();
        boolean savedAt = state == SaveState.SAVED && saved != null;
        savedTip.setText(savedAt ? "Saved " + time.full(saved.savedAt()) + " as " + saved.reviewer() : "");
        saveStatus.setTooltip(savedAt ? savedTip : null);
        CallReviewPart.shown(saveStatus, !message.isEmpty());
        CallReviewPart.shown(retry, state == SaveState.FAILED);

        boolean editing = bound.editingProperty().get();
        String note = bound.noteProperty().get();
        // Read, the note is masked in privacy mode; edited, the editor holds it as written (and saves it so).
        noteText.setText(note.isEmpty() ? "No note" : mask.apply(note));
        noteText.pseudoClassStateChanged(PseudoClass.getPseudoClass("empty"), note.isEmpty());
        editNote.setText(note.isEmpty() ? "Add a note (N)" : "Edit note (N)");
        CallReviewPart.shown(noteLine, !editing);
        CallReviewPart.shown(noteEditor, editing);

        historyLink.setText(
                bound.historyStateProperty().get() == CallReviewViewModel.HistoryState.HIDDEN
                        ? "History"
                        : "Hide history");
        othersAndHistory.show(bound, mask);
    }

    private void showCheck(ToolCallCheck check) {
        CallReviewPart.shown(checkChip, check != null);
        if (check == null) {
            return;
        }
        checkChip.setText("Check: " + CheckTexts.badge(check));
        checkIcon.setIconCode(Icons.checkIkon(check.status()));
        checkChip.getStyleClass().removeAll(CHECK_TONES);
        checkChip
                .getStyleClass()
                .add(
                        check.status() == ToolCallCheck.Status.OK
                                ? "check-ok"
                                : check.hasProblem() ? "check-failed" : "check-muted");
        checkTip.setText(check.basis() + "\nSaved with your verdict.");
    }

    // ---- the note ------------------------------------------------------------------------------------------------

    private void onNoteKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && event.isShiftDown()) {
            noteArea.replaceSelection("\n");
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER) {
            commitNote();
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            cancelNote();
            event.consume();
        }
    }

    private void commitNote() {
        CallReviewViewModel call = shownCall.get();
        if (call != null) {
            call.commitNote();
            giveFocusBack.run();
        }
    }

    private void cancelNote() {
        CallReviewViewModel call = shownCall.get();
        if (call != null) {
            call.cancelNote();
            giveFocusBack.run();
        }
    }
}
