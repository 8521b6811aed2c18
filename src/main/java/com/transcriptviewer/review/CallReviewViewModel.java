package com.transcriptviewer.review;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The current reviewer's judgement of one tool call, as its card shows it: the verdict, the note (and the note being
 * written), whether the last change is saved, the other reviewers' latest verdicts, and the call's history on demand.
 * A verdict shows the moment it is chosen and says "saved" only once the store has it; a change the store refused
 * stays on screen with the reason and Retry, so nothing the reviewer wrote is lost. Every change is a new entry,
 * carrying the reviewer, the time and the call's check status. Call on the FX side.
 */
public final class CallReviewViewModel {

    static final String NOTE_WAITS_TEXT =
            "Note not saved yet: choose Correct, Wrong or Unsure (1, 2, 3) to save it with your verdict.";

    /** Where the history below the card stands. */
    public enum HistoryState {
        HIDDEN,
        LOADING,
        SHOWN,
        FAILED
    }

    private final ReviewItem item;
    private final EntrySaver saver;
    private final SaveTracker saves;
    private final BiFunction<String, String, CompletableFuture<List<ReviewEntry>>> historySource;
    private ToolCallCardViewModel card;

    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final StringProperty draft = new SimpleStringProperty(this, "draft", "");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing", false);
    private final ReadOnlyIntegerWrapper noteFocusRequests = new ReadOnlyIntegerWrapper(this, "noteFocusRequests");
    private final ReadOnlyObjectWrapper<ReviewEntry> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ObservableList<ReviewEntry> others = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper current = new ReadOnlyBooleanWrapper(this, "current", false);
    private final ObservableList<ReviewEntry> history = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<HistoryState> historyState =
            new ReadOnlyObjectWrapper<>(this, "historyState", HistoryState.HIDDEN);
    private final ReadOnlyStringWrapper historyMessage = new ReadOnlyStringWrapper(this, "historyMessage", "");
    private final BooleanProperty noteFocusPending = new SimpleBooleanProperty(this, "noteFocusPending", false);
    private int historyRequests;

    /**
     * @param onSaved       told of each of this call's entries the store saved (the header counts them)
     * @param historySource reads an item's history (conversation id, item key) off the FX thread
     */
    CallReviewViewModel(
            ReviewItem item,
            ToolCallCardViewModel card,
            EntrySaver saver,
            Consumer<ReviewEntry> onSaved,
            BiFunction<String, String, CompletableFuture<List<ReviewEntry>>> historySource) {
        this.item = Objects.requireNonNull(item, "item");
        this.card = Objects.requireNonNull(card, "card");
        this.saver = Objects.requireNonNull(saver, "saver");
        this.historySource = Objects.requireNonNull(historySource, "historySource");
        this.saves = new SaveTracker(saver, entry -> {
            saved.set(entry);
            onSaved.accept(entry);
            if (historyState.get() == HistoryState.SHOWN) {
                loadHistory();
            }
        });
    }

    // ---- what it is about ----------------------------------------------------------------------------------------

    public ReviewItem item() {
        return item;
    }

    public int messageIndex() {
        return item.messageIndex();
    }

    public ToolCallCardViewModel card() {
        return card;
    }

    /** The conversation was opened again: the same call, on a new card. */
    void attach(ToolCallCardViewModel again) {
        card = Objects.requireNonNull(again, "again");
    }

    /** The check's status as stored with a verdict ("ok", "schema_mismatch", ...), or null before the call is checked. */
    public String checkStatus() {
        ToolCallCheck check = card.getCheck();
        return check == null ? null : check.status().wireName();
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    /** The reviewer's verdict: shown at once, saved with the note as it stands (a note still being typed stays). */
    public void choose(Verdict chosen) {
        Objects.requireNonNull(chosen, "chosen");
        if (chosen == verdict.get()
                && saves.stateProperty().get() != SaveState.FAILED
                && saves.stateProperty().get() != SaveState.NOTE_PENDING) {
            return; // already given (a key pressed twice): no second entry
        }
        verdict.set(chosen);
        send();
    }

    /** Opens the note for editing with what it says now, expands the card, and asks the card to focus the note. */
    public void beginNote() {
        if (!editing.get()) {
            draft.set(note.get());
            editing.set(true);
        }
        card.setExpanded(true);
        noteFocusPending.set(true);
        noteFocusRequests.set(noteFocusRequests.get() + 1);
    }

    /**
     * Keeps the note as typed: saved with the verdict, or, before there is one, kept on screen until a verdict is
     * chosen (and saved with it).
     */
    public void commitNote() {
        String typed = stripEnd(draft.get());
        editing.set(false);
        noteFocusPending.set(false);
        if (typed.equals(note.get()) && saves.stateProperty().get() != SaveState.FAILED) {
            return;
        }
        note.set(typed);
        if (verdict.get() == null) {
            saves.set(SaveState.NOTE_PENDING, NOTE_WAITS_TEXT);
        } else {
            send();
        }
    }

    /** Drops what was typed; the note stays as it was. */
    public void cancelNote() {
        editing.set(false);
        noteFocusPending.set(false);
        draft.set(note.get());
    }

    /** Saves again what the store refused. */
    public void retry() {
        saves.retry();
    }

    /** Shows the call's history (read off the FX thread), or hides it. */
    public void toggleHistory() {
        if (historyState.get() == HistoryState.HIDDEN) {
            loadHistory();
        } else {
            historyRequests++;
            history.clear();
            historyMessage.set("");
            historyState.set(HistoryState.HIDDEN);
        }
    }

    private void loadHistory() {
        int request = ++historyRequests;
        historyState.set(HistoryState.LOADING);
        historyMessage.set("Reading the history…");
        historySource.apply(item.conversationId(), item.key()).whenComplete((read, failure) -> {
            if (request != historyRequests) {
                return;
            }
            if (failure == null) {
                history.setAll(read);
                historyMessage.set(read.isEmpty() ? "No verdicts on this call yet." : "");
                historyState.set(HistoryState.SHOWN);
            } else {
                historyMessage.set("The history could not be read: " + ReviewService.userMessage(failure));
                historyState.set(HistoryState.FAILED);
            }
        });
    }

    private void send() {
        saves.send(new ReviewEntry(
                UUID.randomUUID().toString(),
                item,
                saver.reviewer(),
                verdict.get(),
                note.get(),
                List.of(),
                checkStatus(),
                saver.now()));
    }

    /** The note focus was given: a later bind of the card does not take the focus again. */
    public void noteFocused() {
        noteFocusPending.set(false);
    }

    // ---- what the store says -------------------------------------------------------------------------------------

    /**
     * What the store holds: the reviewer's own latest entry (null for none) and the other reviewers' latest. The
     * reviewer's own is shown only while there is no change of theirs the store does not have yet (a newer choice
     * made while the store was opening, a save that failed), so a late read never overwrites what they just did.
     */
    void applyStored(ReviewEntry mine, List<ReviewEntry> othersLatest) {
        others.setAll(othersLatest == null ? List.of() : othersLatest);
        if (saves.unsaved()) {
            return;
        }
        saved.set(mine);
        verdict.set(mine == null ? null : mine.verdict());
        note.set(mine == null ? "" : mine.note());
        if (!editing.get()) {
            draft.set(note.get());
        }
    }

    void setCurrent(boolean value) {
        current.set(value);
    }

    /** True once the reviewer has given a verdict (saved or on its way). */
    public boolean judged() {
        return verdict.get() != null;
    }

    /** True while the reviewer has a change the store does not have. */
    boolean unsaved() {
        return saves.unsaved() || (editing.get() && !stripEnd(draft.get()).equals(note.get()));
    }

    private static String stripEnd(String text) {
        return text == null ? "" : text.stripTrailing();
    }

    // ---- state for the view --------------------------------------------------------------------------------------

    /** The verdict shown: the reviewer's latest choice, saved or not yet; null before any. */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public Verdict getVerdict() {
        return verdict.get();
    }

    /** The note shown (saved, or kept after a failed save); "" for none. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** What the note editor holds while editing; kept here so it survives the card's cell being reused. */
    public StringProperty draftProperty() {
        return draft;
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Goes up each time the note should take the keyboard focus (N). */
    public ReadOnlyIntegerProperty noteFocusRequestsProperty() {
        return noteFocusRequests.getReadOnlyProperty();
    }

    /** True while the note asked for the focus and has not had it (its card was not on screen). */
    public boolean noteFocusPending() {
        return noteFocusPending.get();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saves.stateProperty();
    }

    /** "Saving…", "Saved", "Not saved: …", or "" before any change. */
    public ReadOnlyStringProperty saveMessageProperty() {
        return saves.messageProperty();
    }

    /** The reviewer's latest entry the store has; null before any. */
    public ReadOnlyObjectProperty<ReviewEntry> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The other reviewers' latest entries on this call, oldest first. */
    public ObservableList<ReviewEntry> others() {
        return others;
    }

    /** True for the call 1, 2, 3 and N act on. */
    public ReadOnlyBooleanProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public boolean isCurrent() {
        return current.get();
    }

    /** Every entry on this call, oldest first, once shown. */
    public ObservableList<ReviewEntry> history() {
        return history;
    }

    public ReadOnlyObjectProperty<HistoryState> historyStateProperty() {
        return historyState.getReadOnlyProperty();
    }

    /** "Reading the history…", "No verdicts on this call yet.", or why it could not be read. */
    public ReadOnlyStringProperty historyMessageProperty() {
        return historyMessage.getReadOnlyProperty();
    }
}
