package com.transcriptviewer.transcript.bubble;

import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.text.json.FormattedJson;

/** What bubbles and cards do with the current mask: reveal one item, and mask formatted JSON keeping its colours. */
final class CurrentMaskReveal {

    private CurrentMaskReveal() {}

    static void reveal(CurrentMask current, String realText, int index) {
        TextMask mask = current.get();
        if (mask.isActive() && realText != null && index >= 0 && index < realText.length()) {
            current.set(mask.revealing(realText, index));
        }
    }

    /** The same length, so the colour spans of the real text fit the masked one. */
    static FormattedJson shown(TextMask mask, FormattedJson json) {
        if (json == null || !mask.isActive()) {
            return json;
        }
        String masked = mask.apply(json.text());
        return masked.equals(json.text()) ? json : new FormattedJson(masked, json.highlights(), json.lineCount());
    }
}
