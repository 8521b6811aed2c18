package com.transcriptviewer.transcript.bubble;

import com.transcriptviewer.text.TextMask;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * One text of a card as privacy mode's mask shows it. Masking a text the mask has not searched yet means searching it
 * for personal data, which takes a while for a megabyte of arguments: such a text is masked on the background pool,
 * and until it is, {@link #shown} answers null ({@link #pendingProperty()} is true meanwhile), so the card shows it
 * once masked and never as it is while the mode is on. A short text, or one searched before (an item revealed makes
 * a mask that remembers what the last one found), is masked at once. Call on the FX thread.
 */
final class MaskedText {

    private final BubbleContext context;
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper(this, "pending", false);
    /** The mask {@link #masked} was made through, and the one last asked for in the background. */
    private TextMask maskedFor;

    private String masked;
    private TextMask asked;

    MaskedText(BubbleContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * {@code real} as the current mask shows it: itself while the mode is off, masked (the same length) while it is
     * on, or null while that is being worked out in the background. Always called with the same text.
     */
    String shown(String real) {
        TextMask mask = context.mask().get();
        if (!mask.isActive() || real == null) {
            return real;
        }
        if (mask == maskedFor) {
            return masked;
        }
        if (real.length() <= AsyncJsonFormat.INLINE_LIMIT_CHARS || mask.knows(real)) {
            masked = mask.apply(real);
            maskedFor = mask;
            return masked;
        }
        if (mask != asked) {
            asked = mask;
            pending.set(true);
            context.background().execute(() -> {
                String done = mask.apply(real);
                context.fxThread().execute(() -> arrived(mask, done));
            });
        }
        return null;
    }

    private void arrived(TextMask mask, String done) {
        if (mask != asked) {
            // A newer mask was asked for meanwhile: its answer follows.
            return;
        }
        masked = done;
        maskedFor = mask;
        pending.set(false);
    }

    /** True while a text is masked in the background; turns false when it can be shown. */
    ReadOnlyBooleanProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }
}
