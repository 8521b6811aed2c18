package com.transcriptviewer.analytics;

import com.transcriptviewer.text.CsvCells;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The analytics table as CSV (RFC 4180, CRLF): a header row ({@value #HEADER}), one row per function, most called
 * first, and a last row for all functions together with an empty function cell. Shares are fractions from 0 to 1 with
 * four decimals; latencies are whole milliseconds, empty when no call of the function has a timed result.
 */
public final class AnalyticsCsv {

    static final String HEADER = "function,calls,checked,problems,problem_share,results,errors,error_share,"
            + "timed_results,median_ms,p95_ms";
    private static final String EOL = "\r\n";

    private AnalyticsCsv() {}

    public static void write(AnalyticsReport report, Writer out) throws IOException {
        out.write(HEADER);
        out.write(EOL);
        StringBuilder row = new StringBuilder(128);
        for (FunctionFigures figures : report.functions()) {
            row.setLength(0);
            out.append(row(row, figures));
        }
        if (!report.functions().isEmpty()) {
            row.setLength(0);
            out.append(row(row, report.total()));
        }
    }

    private static StringBuilder row(StringBuilder row, FunctionFigures figures) {
        CsvCells.text(row, figures.function()).append(',');
        row.append(figures.calls()).append(',');
        row.append(figures.checked()).append(',');
        row.append(figures.problems()).append(',');
        row.append(share(figures.problemShare())).append(',');
        row.append(figures.results()).append(',');
        row.append(figures.errors()).append(',');
        row.append(share(figures.errorShare())).append(',');
        row.append(figures.timed()).append(',');
        row.append(millis(figures.medianMs())).append(',');
        row.append(millis(figures.p95Ms())).append(EOL);
        return row;
    }

    private static String share(double share) {
        return String.format(Locale.ROOT, "%.4f", share);
    }

    private static String millis(long millis) {
        return millis < 0 ? "" : Long.toString(millis);
    }
}
