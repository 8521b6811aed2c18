package com.transcriptviewer.review;

import com.transcriptviewer.model.ReviewEntry;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One item's saves as the user sees them: "Saving…", "Saved", or why not with the entry kept for Retry. Saves land in
 * the order they were made (one writer), so the newest attempt decides what is shown; an older one that fails after a
 * newer one was made changes nothing on screen. Call on the FX side.
 */
final class SaveTracker {

    static final String WAITING_TEXT = "Opening the review database… saved as soon as it is open.";
    static final String SAVING_TEXT = "Saving…";
    static final String SAVED_TEXT = "Saved";
    static final String NO_REVIEWER_TEXT = "Not saved: Settings hold no reviewer name to save it under.";

    private final EntrySaver saver;
    private final Consumer<ReviewEntry> onSaved;
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(this, "state", SaveState.NONE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private int attempts;
    private ReviewEntry failed;
    private int inFlight;

    /** @param onSaved told of each entry of this item once the store has it (on the FX side) */
    SaveTracker(EntrySaver saver, Consumer<ReviewEntry> onSaved) {
        this.saver = Objects.requireNonNull(saver, "saver");
        this.onSaved = Objects.requireNonNull(onSaved, "onSaved");
    }

    /** Sends {@code entry}; what shows follows it until a newer one is sent. */
    void send(ReviewEntry entry) {
        int attempt = ++attempts;
        failed = null;
        if (entry.reviewer().isEmpty()) {
            fail(entry, NO_REVIEWER_TEXT);
            return;
        }
        set(
                saver.storeOpening() ? SaveState.WAITING : SaveState.SAVING,
                saver.storeOpening() ? WAITING_TEXT : SAVING_TEXT);
        inFlight++;
        saver.save(entry, (sent, problem) -> {
            inFlight--;
            if (problem == null) {
                onSaved.accept(sent);
            }
            if (attempt != attempts) {
                return; // a newer change was made meanwhile: it decides what shows
            }
            if (problem == null) {
                set(SaveState.SAVED, SAVED_TEXT);
            } else {
                fail(sent, "Not saved: " + problem);
            }
        });
    }

    private void fail(ReviewEntry entry, String why) {
        failed = entry;
        set(SaveState.FAILED, why);
    }

    /** Sends the entry that failed again, the same entry (so a save that did land is stored once). */
    void retry() {
        if (failed != null) {
            ReviewEntry again = failed;
            if (again.reviewer().isEmpty()) {
                return;
            }
            send(again);
        }
    }

    /** Shows a state that is not about a save (a note waiting for its verdict). */
    void set(SaveState now, String text) {
        state.set(now);
        message.set(text);
    }

    /** True while the user has a change the store does not have: in flight, failed, or a note waiting. */
    boolean unsaved() {
        return inFlight > 0 || state.get() == SaveState.FAILED || state.get() == SaveState.NOTE_PENDING;
    }

    ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
