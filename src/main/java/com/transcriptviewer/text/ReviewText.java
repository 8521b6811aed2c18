package com.transcriptviewer.text;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.Verdict;

/**
 * A verdict as the exports write it: a mark and the word ("✓ Correct", "✗ Wrong", "? Unsure"), so the verdict is
 * read by its shape and its word, never by colour alone; "Note" for a conversation entry without a verdict.
 */
public final class ReviewText {

    private ReviewText() {}

    public static String verdict(Verdict verdict) {
        if (verdict == null) {
            return "✎ Note";
        }
        return switch (verdict) {
            case CORRECT -> "✓ " + verdict.label();
            case WRONG -> "✗ " + verdict.label();
            case UNSURE -> "? " + verdict.label();
        };
    }

    /** "correct", "wrong", "unsure", or "note": for a style class. */
    public static String kind(ReviewEntry entry) {
        return entry.verdict() == null ? "note" : entry.verdict().wireName();
    }

    /** "book_appointment (call_123)", "hangup (message 8, call 2)": which call an entry is about, for people. */
    public static String call(ReviewEntry entry) {
        String function = entry.item().functionName().isBlank()
                ? "(unnamed function)"
                : entry.item().functionName();
        if (entry.item().isConversation()) {
            return "the conversation";
        }
        if (entry.item().identity() == com.transcriptviewer.model.ReviewItem.Identity.CALL_ID) {
            return function + " (" + entry.item().toolCallId() + ")";
        }
        return function + " (message " + (entry.item().messageIndex() + 1) + ", call "
                + (entry.item().position() + 1) + ")";
    }
}
