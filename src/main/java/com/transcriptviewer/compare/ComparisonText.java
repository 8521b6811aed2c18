package com.transcriptviewer.compare;

import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.text.CheckText;
import java.util.Optional;

/** The words both exports and the window use for the parts of a comparison. */
final class ComparisonText {

    private ComparisonText() {}

    /** "message 4, call 2 · call_ab12", counted from 1 as people do. */
    static String where(CallSite call) {
        String at = "message " + (call.messageIndex() + 1)
                + (call.callIndex() > 0 ? ", call " + (call.callIndex() + 1) : "");
        return call.call().id().isEmpty() ? at : at + " · " + call.call().id();
    }

    /** The check's mark and status ("✓ ok"), or empty when the side has no check. */
    static String check(Optional<ToolCallCheck> check) {
        return check.map(c -> CheckText.status(c.status())).orElse("");
    }
}
