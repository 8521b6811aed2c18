package com.transcriptviewer.review;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The current reviewer's judgement of a conversation as a whole, in the review panel: an overall verdict (which may be
 * taken back), a note, and free labels ("wrong-transfer"). The verdict and the labels are saved the moment they
 * change, the note when the reviewer saves it; each save is a new entry carrying all three. What the store refused
 * stays on screen with Retry. Call on the FX side.
 */
public final class ConversationReviewViewModel {

    private final ReviewItem item;
    private final EntrySaver saver;
    private final SaveTracker saves;
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final StringProperty draft = new SimpleStringProperty(this, "draft", "");
    private final ObservableList<String> labels = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyLabels = FXCollections.unmodifiableObservableList(labels);
    private final ReadOnlyObjectWrapper<ReviewEntry> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final BooleanBinding noteChanged;

    ConversationReviewViewModel(String conversationId, EntrySaver saver, Consumer<ReviewEntry> onSaved) {
        this.item = ReviewItem.conversation(Objects.requireNonNull(conversationId, "conversationId"));
        this.saver = Objects.requireNonNull(saver, "saver");
        this.saves = new SaveTracker(saver, entry -> {
            saved.set(entry);
            onSaved.accept(entry);
        });
        noteChanged = Bindings.createBooleanBinding(() -> !stripEnd(draft.get()).equals(note.get()), draft, note);
    }

    public String conversationId() {
        return item.conversationId();
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    /** Sets the overall verdict, or takes it back when it is the one already given; saved at once. */
    public void choose(Verdict chosen) {
        verdict.set(Objects.equals(chosen, verdict.get()) ? null : chosen);
        send();
    }

    /** Saves the note as typed (with the verdict and labels as they are). */
    public void saveNote() {
        note.set(stripEnd(draft.get()));
        send();
    }

    /**
     * Adds a label (blanks around it dropped, one already there, in any case, not added twice); saved at once. False
     * when nothing was added.
     */
    public boolean addLabel(String typed) {
        String label = typed == null ? "" : typed.strip();
        if (label.isEmpty()
                || labels.stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        labels.add(label);
        send();
        return true;
    }

    public void removeLabel(String label) {
        if (labels.remove(label)) {
            send();
        }
    }

    public void retry() {
        saves.retry();
    }

    private void send() {
        saves.send(new ReviewEntry(
                UUID.randomUUID().toString(),
                item,
                saver.reviewer(),
                verdict.get(),
                note.get(),
                List.copyOf(labels),
                null,
                saver.now()));
    }

    /**
     * The reviewer's latest entry in the store (null for none); shown unless they have a change the store does not
     * have yet. A note being typed stays as typed.
     */
    void applyStored(ReviewEntry mine) {
        if (saves.unsaved()) {
            return;
        }
        boolean typing = noteChanged.get();
        saved.set(mine);
        verdict.set(mine == null ? null : mine.verdict());
        note.set(mine == null ? "" : mine.note());
        labels.setAll(mine == null ? List.of() : mine.labels());
        if (!typing) {
            draft.set(note.get());
        }
    }

    /** True while something the reviewer did is not in the store: in flight, refused, or a note not saved. */
    boolean unsaved() {
        return saves.unsaved() || noteChanged.get();
    }

    private static String stripEnd(String text) {
        return text == null ? "" : text.stripTrailing();
    }

    // ---- state for the view --------------------------------------------------------------------------------------

    /** The overall verdict shown; null for none. */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public Verdict getVerdict() {
        return verdict.get();
    }

    /** The note as last saved (or attempted). */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** What the note field holds. */
    public StringProperty draftProperty() {
        return draft;
    }

    /** True while the note field holds something not saved. */
    public BooleanBinding noteChangedProperty() {
        return noteChanged;
    }

    /** The labels, in the order they were added. */
    public ObservableList<String> labels() {
        return readOnlyLabels;
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saves.stateProperty();
    }

    public ReadOnlyStringProperty saveMessageProperty() {
        return saves.messageProperty();
    }

    public ReadOnlyObjectProperty<ReviewEntry> savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
