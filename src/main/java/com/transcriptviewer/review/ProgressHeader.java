package com.transcriptviewer.review;

import com.transcriptviewer.review.ReviewViewModel.LoadState;
import com.transcriptviewer.text.ReviewTexts;
import com.transcriptviewer.text.SizeFormat;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The header's review progress in three widths ("5 of 12 tool calls reviewed", "5 of 12 reviewed", "5/12") and its
 * tooltip, or why there is no count: the reviews are being read, or could not be.
 */
final class ProgressHeader {

    private final ReadOnlyStringWrapper progress;
    private final ReadOnlyStringWrapper progressShort;
    private final ReadOnlyStringWrapper progressTiny;
    private final ReadOnlyStringWrapper progressDetail;

    /** {@code bean}: the view-model whose properties these are. */
    ProgressHeader(Object bean) {
        progress = new ReadOnlyStringWrapper(bean, "progress", "");
        progressShort = new ReadOnlyStringWrapper(bean, "progressShort", "");
        progressTiny = new ReadOnlyStringWrapper(bean, "progressTiny", "");
        progressDetail = new ReadOnlyStringWrapper(bean, "progressDetail", "");
    }

    /**
     * Shows the open conversation's progress: none when {@code noConversation}; else from where reading its reviews
     * stands, the tool calls loaded, the total the store has on record (-1: none) and the reviewer's verdicts.
     */
    void show(
            boolean noConversation,
            LoadState loadState,
            String loadMessage,
            boolean complete,
            int loaded,
            int recordedTotal,
            int reviewed,
            String reviewer) {
        showCount(noConversation, loadState, loadMessage, complete, loaded, recordedTotal, reviewed, reviewer);
        if (progressShort.get().isEmpty()) {
            progressShort.set(progress.get()); // not a count: the same words either way
            progressTiny.set(progress.get());
        }
    }

    private void showCount(
            boolean noConversation,
            LoadState loadState,
            String loadMessage,
            boolean complete,
            int loaded,
            int recordedTotal,
            int reviewed,
            String reviewer) {
        progressShort.set("");
        progressTiny.set("");
        if (noConversation) {
            progress.set("");
            progressDetail.set("");
            return;
        }
        switch (loadState) {
            case LOADING -> {
                progress.set(loaded == 0 ? "" : "Reading the reviews…");
                progressDetail.set(loadMessage);
                return;
            }
            case FAILED -> {
                progress.set("Reviews could not be read");
                progressDetail.set(loadMessage + " Refresh in the review panel tries again.");
                return;
            }
            default -> {}
        }
        boolean known = complete || recordedTotal >= 0;
        int total = complete ? loaded : known ? Math.max(recordedTotal, loaded) : loaded;
        if (!known && loaded == 0 && reviewed == 0) {
            progress.set("");
            progressDetail.set("");
            return;
        }
        progress.set(ReviewTexts.header(reviewed, total, known));
        progressShort.set(ReviewTexts.headerShort(reviewed, total, known));
        progressTiny.set(ReviewTexts.headerTiny(reviewed, total, known));
        String who = reviewer.isEmpty() ? "you" : reviewer;
        progressDetail.set(
                known
                        ? "Tool calls with a verdict saved by " + who + "."
                        : SizeFormat.count(loaded) + (loaded == 1 ? " tool call is" : " tool calls are")
                                + " loaded so far; the total is known once the whole conversation has loaded.");
    }

    ReadOnlyStringProperty fullProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty shortProperty() {
        return progressShort.getReadOnlyProperty();
    }

    ReadOnlyStringProperty tinyProperty() {
        return progressTiny.getReadOnlyProperty();
    }

    ReadOnlyStringProperty detailProperty() {
        return progressDetail.getReadOnlyProperty();
    }
}
