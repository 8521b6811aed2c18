package com.transcriptviewer.review;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.transcript.bubble.CheckTexts;
import com.transcriptviewer.transcript.bubble.ToolCallCard;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import com.transcriptviewer.transcript.bubble.ToolCardPart;
import com.transcriptviewer.ui.Icons;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;

/**
 * The review on a tool card. In the collapsed header, the current reviewer's verdict as a small badge (icon and word),
 * so scanning the transcript shows how far they have got. In the expanded card, under the check: Correct / Wrong /
 * Unsure, the check's status beside them (it is stored with the verdict), whether the last change is saved (with
 * Retry when it was not), the note (N edits it: Enter saves, Shift+Enter starts a new line, Esc cancels), the other
 * reviewers' latest verdicts ("Ana · Wrong · 2 h ago") and, on demand, the call's history
 * ({@link OtherReviewsSection}). In privacy mode every note shown is masked, except the one being edited, which the
 * editor holds as typed and saves so. The card of the call the keys act on is outlined. Binds to the {@link CallReviewViewModel} of the card's call.
 */
final class CallReviewPart implements ToolCardPart {

    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("review-current");
    private static final PseudoClass UNSAVED = PseudoClass.getPseudoClass("unsaved");
    private static final List<String> VERDICT_CLASSES = List.of("verdict-correct", "verdict-wrong", "verdict-unsure");
    private static final List<String> CHECK_TONES = List.of("check-ok", "check-failed", "check-muted");
    private static final List<String> SAVE_TONES = List.of("save-quiet", "save-ok", "save-failed");

    private final ReviewViewModel review;
    private final TimeFormat time;

    private final Label badge = new Label();
    private final FontIcon badgeIcon = Icons.verdict(Verdict.CORRECT);
    private final Tooltip badgeTip = new Tooltip();

    private final VBox body = new VBox();
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

    private final List<Runnable> unbinders = new ArrayList<>();
    private CallReviewViewModel call;
    private ToolCallCard card;

    CallReviewPart(ReviewViewModel review, TimeFormat time) {
        this.review = Objects.requireNonNull(review, "review");
        this.time = Objects.requireNonNull(time, "time");

        badge.getStyleClass().addAll("badge", "verdict-badge");
        badge.setGraphic(badgeIcon);
        badge.setTextOverrun(OverrunStyle.ELLIPSIS);
        Icons.sizeWith(badgeIcon, badge, 1.1);
        badgeTip.setShowDelay(Duration.millis(300));
        badgeTip.setWrapText(true);
        badgeTip.setMaxWidth(420);
        badge.setTooltip(badgeTip);
        shown(badge, false);

        verdicts = new VerdictButtons("call-verdict-", true, verdict -> {
            if (call != null) {
                review.judge(call, verdict);
            }
        });
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
            if (call != null) {
                call.retry();
            }
        });
        historyLink.getStyleClass().add("review-history-link");
        historyLink.setFocusTraversable(false);
        historyLink.setOnAction(e -> {
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

        body.getStyleClass().add("review-part");
        body.setSpacing(5);
        body.getChildren()
                .addAll(firstLine, noteLine, noteEditor, othersAndHistory.others(), othersAndHistory.history());
        shown(body, false);
    }

    @Override
    public Label headerBadge() {
        return badge;
    }

    @Override
    public Node body() {
        return body;
    }

    /** The note field (for the keys and the tests). */
    TextArea noteArea() {
        return noteArea;
    }

    VerdictButtons verdictButtons() {
        return verdicts;
    }

    @Override
    public void bind(ToolCallCardViewModel model, ToolCallCard owner) {
        unbind();
        card = owner;
        call = review.callOf(model);
        if (call == null) {
            shown(badge, false);
            shown(body, false);
            return;
        }
        CallReviewViewModel bound = call;
        shown(body, true);
        verdicts.showing(bound::getVerdict);
        noteArea.textProperty().bindBidirectional(bound.draftProperty());
        unbinders.add(() -> noteArea.textProperty().unbindBidirectional(bound.draftProperty()));

        InvalidationListener refresh = (Observable o) -> refresh();
        List<Observable> watched = List.of(
                bound.verdictProperty(),
                bound.noteProperty(),
                bound.editingProperty(),
                bound.saveStateProperty(),
                bound.saveMessageProperty(),
                bound.savedProperty(),
                bound.currentProperty(),
                bound.historyStateProperty(),
                bound.historyMessageProperty(),
                model.checkProperty());
        watched.forEach(o -> o.addListener(refresh));
        unbinders.add(() -> watched.forEach(o -> o.removeListener(refresh)));
        // Privacy mode switched, or an item revealed: the notes are shown again through the new mask.
        unbinders.add(review.mask().listen(mask -> refresh()));
        ListChangeListener<ReviewEntry> lists = change -> refresh();
        bound.others().addListener(lists);
        bound.history().addListener(lists);
        unbinders.add(() -> {
            bound.others().removeListener(lists);
            bound.history().removeListener(lists);
        });
        InvalidationListener focus = o -> focusNoteLater();
        bound.noteFocusRequestsProperty().addListener(focus);
        unbinders.add(() -> bound.noteFocusRequestsProperty().removeListener(focus));
        refresh();
        if (bound.noteFocusPending()) {
            // N was pressed while this call's card was off screen: the note takes the focus now it is shown.
            focusNoteLater();
        }
    }

    @Override
    public void unbind() {
        unbinders.forEach(Runnable::run);
        unbinders.clear();
        if (card != null) {
            card.pseudoClassStateChanged(CURRENT, false);
        }
        call = null;
        card = null;
    }

    private void refresh() {
        CallReviewViewModel bound = call;
        if (bound == null) {
            return;
        }
        card.pseudoClassStateChanged(CURRENT, bound.isCurrent());
        Verdict verdict = bound.getVerdict();
        SaveState state = bound.saveStateProperty().get();
        verdicts.show(verdict);
        showBadge(bound, verdict, state);
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
        shown(saveStatus, !message.isEmpty());
        shown(retry, state == SaveState.FAILED);

        boolean editing = bound.editingProperty().get();
        String note = bound.noteProperty().get();
        // Read, the note is masked in privacy mode; edited, the editor holds it as written (and saves it so).
        noteText.setText(note.isEmpty() ? "No note" : review.mask().get().apply(note));
        noteText.pseudoClassStateChanged(PseudoClass.getPseudoClass("empty"), note.isEmpty());
        editNote.setText(note.isEmpty() ? "Add a note (N)" : "Edit note (N)");
        shown(noteLine, !editing);
        shown(noteEditor, editing);

        historyLink.setText(
                bound.historyStateProperty().get() == CallReviewViewModel.HistoryState.HIDDEN
                        ? "History"
                        : "Hide history");
        othersAndHistory.show(bound, review.mask().get());
    }

    private void showBadge(CallReviewViewModel bound, Verdict verdict, SaveState state) {
        shown(badge, verdict != null);
        if (verdict == null) {
            return;
        }
        badge.setText(verdict.label());
        badgeIcon.setIconCode(Icons.verdictIkon(verdict));
        badge.getStyleClass().removeAll(VERDICT_CLASSES);
        badge.getStyleClass().add("verdict-" + verdict.wireName());
        boolean unsaved = state == SaveState.FAILED || state == SaveState.SAVING || state == SaveState.WAITING;
        badge.pseudoClassStateChanged(UNSAVED, unsaved);
        String note = bound.noteProperty().get();
        badgeTip.setText("Your verdict: " + verdict.label()
                + (state == SaveState.FAILED
                        ? " — " + bound.saveMessageProperty().get()
                        : unsaved ? " (saving)" : "")
                + (note.isEmpty() ? "" : "\nNote: " + review.mask().get().apply(note)));
    }

    private void showCheck(ToolCallCheck check) {
        shown(checkChip, check != null);
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
        if (call != null) {
            call.commitNote();
            giveFocusBack();
        }
    }

    private void cancelNote() {
        if (call != null) {
            call.cancelNote();
            giveFocusBack();
        }
    }

    /** The card keeps the focus, so the keys go on acting on its call. */
    private void giveFocusBack() {
        if (card != null && card.getScene() != null) {
            card.requestFocus();
        }
    }

    /** After this pulse (the card has just been expanded), the note field takes the focus with the caret at its end. */
    private void focusNoteLater() {
        CallReviewViewModel asked = call;
        Platform.runLater(() -> {
            if (asked != null && asked == call && asked.editingProperty().get() && noteArea.getScene() != null) {
                noteArea.requestFocus();
                noteArea.end();
            }
        });
    }

    static void shown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
