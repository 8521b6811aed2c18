package com.transcriptviewer.transcript.bubble;

import com.transcriptviewer.text.json.FormattedJson;
import com.transcriptviewer.text.json.JsonFormatResult;
import com.transcriptviewer.text.json.JsonSyntaxError;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Formats one JSON text at most once, off the FX thread, and publishes the outcome as properties (set on the FX
 * thread through the context's {@code fxThread} executor, so views can bind to them directly).
 */
public final class AsyncJsonFormat {

    /**
     * Texts up to this size are formatted at once on the calling thread (well under a millisecond), so a list cell
     * knows its final height in its first layout; larger ones go to the background executor.
     */
    public static final int INLINE_LIMIT_CHARS = 16 * 1024;

    private final String raw;
    private final BubbleContext context;
    private final ReadOnlyObjectWrapper<FormatState> state =
            new ReadOnlyObjectWrapper<>(this, "state", FormatState.IDLE);
    private final ReadOnlyObjectWrapper<FormattedJson> formatted = new ReadOnlyObjectWrapper<>(this, "formatted");
    private final ReadOnlyObjectWrapper<JsonSyntaxError> error = new ReadOnlyObjectWrapper<>(this, "error");

    public AsyncJsonFormat(String raw, BubbleContext context) {
        this.raw = raw == null ? "" : raw;
        this.context = context;
    }

    /** Starts formatting unless it already ran or is running. Call on the FX thread. */
    public void start() {
        if (state.get() != FormatState.IDLE) {
            return;
        }
        state.set(FormatState.FORMATTING);
        if (raw.length() <= INLINE_LIMIT_CHARS) {
            apply(context.formatter().format(raw));
            return;
        }
        context.background().execute(() -> {
            JsonFormatResult result = context.formatter().format(raw);
            context.fxThread().execute(() -> apply(result));
        });
    }

    private void apply(JsonFormatResult result) {
        if (result.isValid()) {
            formatted.set(result.formatted().orElseThrow());
            state.set(FormatState.DONE);
        } else {
            error.set(result.error().orElseThrow());
            state.set(FormatState.INVALID);
        }
    }

    public String raw() {
        return raw;
    }

    public ReadOnlyObjectProperty<FormatState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public FormatState getState() {
        return state.get();
    }

    public ReadOnlyObjectProperty<FormattedJson> formattedProperty() {
        return formatted.getReadOnlyProperty();
    }

    public FormattedJson getFormatted() {
        return formatted.get();
    }

    public ReadOnlyObjectProperty<JsonSyntaxError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public JsonSyntaxError getError() {
        return error.get();
    }
}
