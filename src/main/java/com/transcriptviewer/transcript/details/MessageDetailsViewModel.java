package com.transcriptviewer.transcript.details;

import com.transcriptviewer.concurrent.NewestRequest;
import com.transcriptviewer.model.RawJson;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import java.io.IOException;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The details pane: whether it is open (kept for the whole session, across conversations), the message it describes
 * (the selected one; none gives the empty state) and that message's raw JSON, pretty-printed.
 *
 * <p>The raw JSON is formatted only while the pane is open, off the FX thread when it is large or must be read again
 * from its file, and a result for a message that is no longer selected is dropped, so holding an arrow key down over
 * big messages queues no work on the FX thread. Call on the FX side.
 */
public final class MessageDetailsViewModel {

    /** Where the raw JSON of the shown message stands. */
    public enum RawJsonState {
        /** No message shown, or the pane is closed. */
        NONE,
        /** The message was not read from JSON (built in code); the pane says so. */
        ABSENT,
        FORMATTING,
        READY,
        /** It could not be read again from its file (moved or changed since); {@link #rawJsonProblem()} says why. */
        UNREADABLE
    }

    /** Raw JSON up to this size is formatted at once; larger goes to the background executor. */
    static final int INLINE_LIMIT_CHARS = 16 * 1024;

    private final BubbleContext context;
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open", false);
    private final ReadOnlyObjectWrapper<MessageDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyObjectWrapper<RawJsonState> rawJsonState =
            new ReadOnlyObjectWrapper<>(this, "rawJsonState", RawJsonState.NONE);
    private final ReadOnlyObjectWrapper<RawJsonPreview> rawJson = new ReadOnlyObjectWrapper<>(this, "rawJson");
    /** A new request whenever the shown message changes: the raw JSON of one no longer shown is not applied. */
    private final NewestRequest shownMessage;

    private TranscriptRow.MessageRow shown;
    /** The shown message's raw JSON once read (for Copy); null before, and when there is none. */
    private String rawText;
    /** Why the shown message's raw JSON could not be read; empty when it could. */
    private String rawJsonProblem = "";

    public MessageDetailsViewModel(BubbleContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.shownMessage = new NewestRequest(context.fxThread());
        open.addListener((obs, was, now) -> refresh());
        // Privacy mode switched, or an item revealed: the pane shows the message again through the new mask.
        context.mask().listen(mask -> refresh());
    }

    /** Describes {@code row} when it is a message; anything else (a status row, null) shows the empty state. */
    public void show(TranscriptRow row) {
        TranscriptRow.MessageRow next = row instanceof TranscriptRow.MessageRow message ? message : null;
        if (next == shown) {
            return;
        }
        shown = next;
        refresh();
    }

    public void toggleOpen() {
        open.set(!open.get());
    }

    private void refresh() {
        NewestRequest.Ticket ticket = shownMessage.next();
        rawText = null;
        rawJsonProblem = "";
        if (shown == null) {
            details.set(null);
            setRawJson(RawJsonState.NONE, null);
            return;
        }
        // Through privacy mode's mask: text, arguments, metadata and raw JSON (masked as it is read).
        TextMask mask = context.mask().get();
        TranscriptRow.MessageRow row = mask.isActive()
                ? new TranscriptRow.MessageRow(shown.index(), mask.apply(shown.message()), shown.bubble())
                : shown;
        MessageDetails next = MessageDetails.of(row, context.timeFormat());
        details.set(next);
        RawJson raw = next.rawJson();
        if (!open.get()) {
            setRawJson(RawJsonState.NONE, null);
        } else if (raw == null) {
            setRawJson(RawJsonState.ABSENT, null);
        } else if (raw instanceof RawJson.Text held && held.size() <= INLINE_LIMIT_CHARS) {
            rawText = held.json();
            setRawJson(RawJsonState.READY, RawJsonPreview.of(rawText, context.formatter()));
        } else {
            setRawJson(RawJsonState.FORMATTING, null);
            context.background().execute(() -> {
                if (!ticket.isNewest()) {
                    return; // another message was selected before this one got its turn
                }
                String text;
                try {
                    text = raw.text();
                } catch (IOException e) {
                    String why = e.getMessage() == null ? "it could not be read again" : e.getMessage();
                    ticket.apply(() -> {
                        rawJsonProblem = "The message's JSON could not be read: " + why + ".";
                        setRawJson(RawJsonState.UNREADABLE, null);
                    });
                    return;
                }
                RawJsonPreview preview = RawJsonPreview.of(text, context.formatter());
                ticket.apply(() -> {
                    rawText = text;
                    setRawJson(RawJsonState.READY, preview);
                });
            });
        }
    }

    private void setRawJson(RawJsonState state, RawJsonPreview preview) {
        rawJson.set(preview);
        rawJsonState.set(state);
    }

    /** True while the pane is shown; the view's toggle and Ctrl+I flip it. */
    public BooleanProperty openProperty() {
        return open;
    }

    public boolean isOpen() {
        return open.get();
    }

    /** The shown message's details; null when no message is selected. */
    public ReadOnlyObjectProperty<MessageDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public MessageDetails getDetails() {
        return details.get();
    }

    public ReadOnlyObjectProperty<RawJsonState> rawJsonStateProperty() {
        return rawJsonState.getReadOnlyProperty();
    }

    public RawJsonState getRawJsonState() {
        return rawJsonState.get();
    }

    /** The pretty raw JSON once {@link RawJsonState#READY}; null otherwise. */
    public ReadOnlyObjectProperty<RawJsonPreview> rawJsonProperty() {
        return rawJson.getReadOnlyProperty();
    }

    public RawJsonPreview getRawJson() {
        return rawJson.get();
    }

    /** The raw JSON exactly as the server sent it, for Copy, once {@link RawJsonState#READY}; null otherwise. */
    public String rawJsonText() {
        return rawText;
    }

    /** Why the raw JSON could not be read, when {@link RawJsonState#UNREADABLE}; empty otherwise. */
    public String rawJsonProblem() {
        return rawJsonProblem;
    }
}
