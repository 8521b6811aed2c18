package com.transcriptviewer.review;

import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptView;
import com.transcriptviewer.transcript.bubble.ToolCallCard;
import java.util.Objects;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The review's keys and which call they act on. In the transcript list (never while typing in a field): 1, 2, 3 give
 * the current call Correct, Wrong, Unsure; N edits its note; R and Shift+R go to the next and previous call not
 * reviewed yet. F7 and Shift+F7 do the same anywhere in the window. The current call follows the selection (the
 * selected message's first call not reviewed yet, or its first call) and the focus (a card that takes the focus, by
 * a click or Tab, makes its call the current one).
 */
final class ReviewKeys {

    static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.F7);
    static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN);

    private final TranscriptView view;
    private final ListView<TranscriptRow> list;
    private final ReviewViewModel review;

    private final EventHandler<KeyEvent> windowKeys = event -> {
        if (event.isConsumed()) {
            return;
        }
        if (NEXT.match(event)) {
            next();
        } else if (PREVIOUS.match(event)) {
            previous();
        } else {
            return;
        }
        event.consume();
    };

    ReviewKeys(TranscriptView view, ReviewViewModel review) {
        this.view = Objects.requireNonNull(view, "view");
        this.list = view.list();
        this.review = Objects.requireNonNull(review, "review");
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onListKey);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> selected(row));
        view.sceneProperty().addListener((obs, old, scene) -> listenOn(old, scene));
        listenOn(null, view.getScene());
        selected(list.getSelectionModel().getSelectedItem());
    }

    private void selected(TranscriptRow row) {
        if (row instanceof TranscriptRow.MessageRow message) {
            review.select(message.index());
        }
    }

    private void onListKey(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl
                || event.isShortcutDown()
                || event.isAltDown()
                || event.isMetaDown()
                || event.isControlDown()) {
            return;
        }
        KeyCode code = event.getCode();
        switch (code) {
            case DIGIT1, NUMPAD1 -> review.judge(Verdict.CORRECT);
            case DIGIT2, NUMPAD2 -> review.judge(Verdict.WRONG);
            case DIGIT3, NUMPAD3 -> review.judge(Verdict.UNSURE);
            case N -> editNote();
            case R -> {
                if (event.isShiftDown()) {
                    previous();
                } else {
                    next();
                }
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** N: the current call's note opens; its message comes into view first when its card is not on screen. */
    void editNote() {
        CallReviewViewModel call = review.editNote();
        if (call != null && !onScreen(call)) {
            view.reveal(call.messageIndex());
        }
    }

    void next() {
        review.next(from());
    }

    void previous() {
        review.previous(from());
    }

    /** Where a move starts: the current call's message, else the selected message. */
    private int from() {
        CallReviewViewModel call = review.currentProperty().get();
        return call != null ? call.messageIndex() : view.selectedMessageIndex();
    }

    private boolean onScreen(CallReviewViewModel call) {
        for (Node node : list.lookupAll(".tool-card")) {
            if (node instanceof ToolCallCard card && card.getViewModel() == call.card() && card.isVisible()) {
                return true;
            }
        }
        return false;
    }

    private void focusChanged(Node focused) {
        for (Node node = focused; node != null; node = node.getParent()) {
            if (node instanceof ToolCallCard card) {
                if (card.getViewModel() != null) {
                    review.focus(card.getViewModel());
                }
                return;
            }
        }
    }

    private void listenOn(Scene old, Scene scene) {
        if (old != null) {
            old.removeEventHandler(KeyEvent.KEY_PRESSED, windowKeys);
        }
        if (scene != null) {
            scene.addEventHandler(KeyEvent.KEY_PRESSED, windowKeys);
            scene.focusOwnerProperty().addListener((obs, was, now) -> {
                if (view.getScene() == scene) {
                    focusChanged(now);
                }
            });
        }
    }
}
