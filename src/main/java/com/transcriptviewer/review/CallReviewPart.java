package com.transcriptviewer.review;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.text.TimeFormat;
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
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The review on a tool card. In the collapsed header, the current reviewer's verdict as a small badge (icon and word),
 * so scanning the transcript shows how far they have got. In the expanded card, under the check: Correct / Wrong /
 * Unsure, the check's status beside them (it is stored with the verdict), whether the last change is saved (with
 * Retry when it was not), the note (N edits it: Enter saves, Shift+Enter starts a new line, Esc cancels), the other
 * reviewers' latest verdicts ("Ana · Wrong · 2 h ago") and, on demand, the call's history
 * ({@link OtherReviewsSection}); in privacy mode every note shown is masked, except the one being edited, which the
 * editor holds as typed and saves so; that part is a {@link CallReviewBody}, made when the card is first expanded. The
 * card of the call the keys act on is outlined. Binds to the {@link CallReviewViewModel} of the card's call.
 */
final class CallReviewPart implements ToolCardPart {

    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("review-current");
    private static final PseudoClass UNSAVED = PseudoClass.getPseudoClass("unsaved");
    private static final List<String> VERDICT_CLASSES = List.of("verdict-correct", "verdict-wrong", "verdict-unsure");

    private final ReviewViewModel review;
    private final TimeFormat time;

    private final Label badge = new Label();
    private final FontIcon badgeIcon = Icons.verdict(Verdict.CORRECT);
    private final Tooltip badgeTip = new Tooltip();

    /** Null until the card is first expanded (see {@link CallReviewBody}). */
    private CallReviewBody body;

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
    }

    @Override
    public Label headerBadge() {
        return badge;
    }

    /** Made the first time the card is expanded, and then shown while the card shows a call. */
    @Override
    public Node body() {
        if (body == null) {
            body = new CallReviewBody(time, () -> call, this::giveFocusBack, verdict -> {
                if (call != null) {
                    review.judge(call, verdict);
                }
            });
            shown(body, call != null);
            if (call != null) {
                body.bind(call, unbinders);
                body.show(call, review.mask().get());
            }
        }
        return body;
    }

    @Override
    public void bind(ToolCallCardViewModel model, ToolCallCard owner) {
        unbind();
        card = owner;
        call = review.callOf(model);
        if (call == null) {
            shown(badge, false);
            if (body != null) {
                shown(body, false);
            }
            return;
        }
        CallReviewViewModel bound = call;
        if (body != null) {
            shown(body, true);
            body.bind(bound, unbinders);
        }

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
        showBadge(bound, bound.getVerdict(), bound.saveStateProperty().get());
        if (body != null) {
            body.show(bound, review.mask().get());
        }
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
            if (asked != null
                    && asked == call
                    && asked.editingProperty().get()
                    && body != null
                    && body.noteArea().getScene() != null) {
                body.noteArea().requestFocus();
                body.noteArea().end();
            }
        });
    }

    static void shown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
