package com.transcriptviewer.text;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The mask the window shows and writes text through now ({@link TextMask#NONE} while privacy mode is off), shared by
 * every part that shows text: the transcript, the details pane, copies, exports, the browser and the title. Set on
 * the FX thread, which is also where its listeners run; read from any thread.
 */
public final class CurrentMask {

    private volatile TextMask mask = TextMask.NONE;
    private final List<Consumer<TextMask>> listeners = new CopyOnWriteArrayList<>();

    public TextMask get() {
        return mask;
    }

    /** Changes the mask and tells every listener, in the order they were added. */
    public void set(TextMask value) {
        TextMask next = Objects.requireNonNull(value, "value");
        if (next == mask) {
            return;
        }
        mask = next;
        listeners.forEach(listener -> listener.accept(next));
    }

    /**
     * Reveals the item of personal data at char {@code index} of {@code realText} (a text as sent, shown masked), if
     * one is there: the value then shows wherever it appears, until privacy mode is switched again.
     */
    public void reveal(String realText, int index) {
        TextMask now = mask;
        if (now.isActive() && realText != null && index >= 0 && index < realText.length()) {
            set(now.revealing(realText, index));
        }
    }

    /** Calls {@code listener} with each new mask; returns what stops it. */
    public Runnable listen(Consumer<TextMask> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }
}
