package com.transcriptviewer.analytics;

import com.transcriptviewer.text.SizeFormat;
import java.util.Locale;

/** The analytics' figures in words: shares as percentages, latencies as milliseconds or seconds, the summary line. */
public final class AnalyticsText {

    private AnalyticsText() {}

    /** "7.4%", "0%", "100%"; a share under 0.1% but not zero is "< 0.1%", so a rare problem is never shown as none. */
    public static String percent(double share) {
        if (share <= 0) {
            return "0%";
        }
        if (share < 0.001) {
            return "< 0.1%";
        }
        double percent = share * 100;
        return percent >= 99.95 && share < 1
                ? "99.9%"
                : String.format(Locale.ROOT, percent == Math.rint(percent) ? "%.0f%%" : "%.1f%%", percent);
    }

    /** "640 ms", "2.8 s", "41 s"; "–" for no figure. */
    public static String millis(long millis) {
        if (millis < 0) {
            return "–";
        }
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 10_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1_000.0);
        }
        return SizeFormat.count(Math.round(millis / 1_000.0)) + " s";
    }

    /**
     * "1,204 tool calls in 312 conversations · 7.4% with definition problems · 3.1% of results report an error ·
     * median 640 ms, p95 2.8 s", or why there is nothing to count.
     */
    public static String summary(AnalyticsReport report) {
        FunctionFigures total = report.total();
        if (total.calls() == 0) {
            return "No tool calls are kept for these days and this assistant. Keep conversations by opening them, or"
                    + " sync them from the library.";
        }
        StringBuilder line = new StringBuilder()
                .append(SizeFormat.count(total.calls()))
                .append(total.calls() == 1 ? " tool call in " : " tool calls in ")
                .append(SizeFormat.count(report.conversations()))
                .append(report.conversations() == 1 ? " conversation" : " conversations")
                .append(" · ")
                .append(percent(total.problemShare()))
                .append(" with definition problems");
        if (total.results() > 0) {
            line.append(" · ").append(percent(total.errorShare())).append(" of results report an error");
        }
        if (total.timed() > 0) {
            line.append(" · median ")
                    .append(millis(total.medianMs()))
                    .append(", p95 ")
                    .append(millis(total.p95Ms()));
        }
        return line.toString();
    }
}
