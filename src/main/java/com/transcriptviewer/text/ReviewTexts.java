package com.transcriptviewer.text;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.ReviewProgress;

/**
 * The words the app uses for QA reviews, in one place so the cards, the header, the browser and the details pane say
 * the same: how far a reviewer has got, another reviewer's verdict, and how a call without an id of its own is
 * identified. Messages and calls are counted from 1 here, as a reader counts.
 */
public final class ReviewTexts {

    private ReviewTexts() {}

    /**
     * "5 of 12 tool calls reviewed", or "5 of 12+ tool calls reviewed" while the rest of the conversation is not
     * loaded and its total not known; "" when there is nothing to review.
     *
     * @param totalKnown false while more pages may bring more calls than {@code total}
     */
    public static String header(int reviewed, int total, boolean totalKnown) {
        if (totalKnown && total == 0) {
            return "";
        }
        return of(reviewed, total, totalKnown) + (total == 1 && totalKnown ? " tool call" : " tool calls")
                + " reviewed";
    }

    /** {@link #header} in fewer words, for a narrow header beside the calls' own count: "5 of 12 reviewed". */
    public static String headerShort(int reviewed, int total, boolean totalKnown) {
        if (totalKnown && total == 0) {
            return "";
        }
        return of(reviewed, total, totalKnown) + " reviewed";
    }

    /** {@link #header} in the fewest words, for the most crowded header: "5/12", "5/12+". */
    public static String headerTiny(int reviewed, int total, boolean totalKnown) {
        if (totalKnown && total == 0) {
            return "";
        }
        return reviewed + "/" + total + (totalKnown ? "" : "+");
    }

    private static String of(int reviewed, int total, boolean totalKnown) {
        return SizeFormat.count(reviewed) + " of " + SizeFormat.count(total) + (totalKnown ? "" : "+");
    }

    /** For the browser: "5/12 reviewed", "5 reviewed" while the total is not known, "" before any review. */
    public static String browser(ReviewProgress progress) {
        if (progress == null || (progress.reviewedCalls() == 0 && progress.overall() == null)) {
            return "";
        }
        return progress.totalKnown()
                ? progress.reviewedCalls() + "/" + progress.totalCalls() + " reviewed"
                : progress.reviewedCalls() + " reviewed";
    }

    /** "Ana · Wrong · 2 h ago" ("Ana · note only · …" for a conversation entry without a verdict). */
    public static String byline(ReviewEntry entry, TimeFormat time) {
        String verdict = entry.verdict() == null ? "note only" : entry.verdict().label();
        return entry.reviewer() + " · " + verdict + " · " + time.relative(entry.savedAt());
    }

    /**
     * How a call is told apart from the others when its id cannot do it: "This call has no id; it is identified by
     * message 4, call 2.", "Its id repeats an earlier call's; it is identified by message 4, call 2."; "" for a call
     * identified by its own id and for the conversation.
     */
    public static String identity(ReviewItem item) {
        String place = "it is identified by message " + SizeFormat.count(item.messageIndex() + 1L) + ", call "
                + (item.position() + 1) + ".";
        return switch (item.identity()) {
            case POSITION_NO_ID -> "This call has no id; " + place;
            case POSITION_REPEATED_ID -> "Its id repeats an earlier call's; " + place;
            case CALL_ID, CONVERSATION -> "";
        };
    }
}
