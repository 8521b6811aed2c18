package com.transcriptviewer.transcript.bubble;

import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TextMask;

/** What bubbles and cards do with the current mask: reveal one item (see {@link MaskedText} for showing them). */
final class CurrentMaskReveal {

    private CurrentMaskReveal() {}

    static void reveal(CurrentMask current, String realText, int index) {
        TextMask mask = current.get();
        if (mask.isActive() && realText != null && index >= 0 && index < realText.length()) {
            current.set(mask.revealing(realText, index));
        }
    }
}
