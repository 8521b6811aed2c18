package com.transcriptviewer.library;

import com.transcriptviewer.text.SizeFormat;
import java.time.Duration;
import java.util.Locale;

/** The words for a sync's progress and outcome, the same in the status bar and on the command line. */
public final class SyncWords {

    private SyncWords() {}

    /**
     * "Syncing: 120 of 1,000 conversations · 2,400 messages · 35/s · about 25 s left", or "Listing conversations:
     * 500 so far" while the listing goes on.
     */
    public static String progress(SyncProgress progress) {
        if (!progress.listingComplete()) {
            return "Listing conversations: " + SizeFormat.count(progress.listed()) + " so far";
        }
        StringBuilder line = new StringBuilder("Syncing: ")
                .append(SizeFormat.count(progress.settled()))
                .append(" of ")
                .append(SizeFormat.count(progress.listed()))
                .append(" conversations · ")
                .append(SizeFormat.count(progress.messages()))
                .append(" messages");
        double rate = progress.conversationsPerSecond();
        if (rate > 0) {
            line.append(" · ").append(rate(rate)).append(" conversations/s");
        }
        Duration left = progress.timeLeft();
        if (left != null && progress.remaining() > 0) {
            line.append(" · about ").append(duration(left)).append(" left");
        }
        if (progress.failed() > 0) {
            line.append(" · ").append(SizeFormat.count(progress.failed())).append(" failed");
        }
        return line.toString();
    }

    /** "Kept 1,000 conversations (20,400 messages) in 12 s; 2 the API no longer has." */
    public static String outcome(SyncOutcome outcome) {
        SyncProgress last = outcome.progress();
        return switch (outcome.status()) {
            case FINISHED -> {
                StringBuilder line = new StringBuilder("Synced ")
                        .append(SizeFormat.count(last.done()))
                        .append(last.done() == 1 ? " conversation" : " conversations")
                        .append(" (")
                        .append(SizeFormat.count(last.messages()))
                        .append(" messages) in ")
                        .append(duration(last.elapsed()));
                if (last.gone() > 0) {
                    line.append("; ").append(SizeFormat.count(last.gone())).append(" the API no longer has");
                }
                if (last.failed() > 0) {
                    line.append("; ")
                            .append(SizeFormat.count(last.failed()))
                            .append(" could not be fetched (syncing again tries them again)");
                }
                yield line.append('.').toString();
            }
            case CANCELLED ->
                "Sync cancelled after " + SizeFormat.count(last.settled()) + " of " + SizeFormat.count(last.listed())
                        + " conversations; syncing again continues where it stopped.";
            case STOPPED -> "Sync stopped: " + outcome.problem() + " Syncing again continues where it stopped.";
        };
    }

    static String rate(double perSecond) {
        return perSecond >= 10
                ? String.format(Locale.ROOT, "%.0f", perSecond)
                : String.format(Locale.ROOT, "%.1f", perSecond);
    }

    /** "45 s", "3 min 20 s", "1 h 5 min". */
    public static String duration(Duration duration) {
        long seconds = Math.max(0, Math.round(duration.toMillis() / 1000.0));
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + (seconds % 3600) / 60 + " min";
    }
}
