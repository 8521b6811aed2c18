package com.transcriptviewer.analytics;

import com.transcriptviewer.model.ToolCallCheck.Status;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What the analytics count a kept call ({@code library_tool_call t}) as: in SQL for the calls behind a figure, and in
 * Java for the report, which reads the calls' columns (the analytics tests hold the two to the same answers). A call breaks its definition when its check found a problem (invalid JSON, arguments that do not
 * match the schema, a function the assistant does not declare) or, when it was never checked against a definition,
 * its arguments are not valid JSON. Its time to result is in whole milliseconds, 0 when the clocks put the result
 * first.
 */
final class CallProblems {

    /** The call was checked against a definition (problem or not). */
    static final String CHECKED = "(t.check_status IN (" + quoted(false) + "))";

    /** The call breaks its definition. */
    static final String PROBLEM = "(t.check_status IN (" + quoted(true) + ") OR ((t.check_status IS NULL"
            + " OR t.check_status NOT IN (" + quoted(false) + ")) AND t.arguments_valid_json = 0))";

    /** A result answered the call. */
    static final String ANSWERED = "(t.result_index IS NOT NULL)";

    /** The call's result reports an error. */
    static final String ERROR = "(t.result_index IS NOT NULL AND t.result_error <> 0)";

    /** The call and its result both have a time. */
    static final String TIMED =
            "(t.result_index IS NOT NULL AND t.result_at_us IS NOT NULL" + " AND t.called_at_us IS NOT NULL)";

    /** The time from the call to its result in milliseconds (only meaningful where {@link #TIMED}). */
    static final String LATENCY_MS = "(MAX(0, t.result_at_us - t.called_at_us) / 1000)";

    private CallProblems() {}

    /** {@link #CHECKED} for a call whose check status (wire name) is {@code status}, null when never checked. */
    static boolean isChecked(String status) {
        Status known = status(status);
        return known != null && known != Status.NO_DEFINITION;
    }

    /** {@link #PROBLEM} for a call whose check status is {@code status} and whose arguments are JSON or not. */
    static boolean isProblem(String status, boolean validJson) {
        return isChecked(status) ? status(status).isProblem() : !validJson;
    }

    private static Status status(String wireName) {
        if (wireName == null || wireName.isEmpty()) {
            return null;
        }
        for (Status status : Status.values()) {
            if (status.wireName().equals(wireName)) {
                return status;
            }
        }
        return null;
    }

    private static String quoted(boolean problemsOnly) {
        return Arrays.stream(Status.values())
                .filter(s -> s != Status.NO_DEFINITION && (!problemsOnly || s.isProblem()))
                .map(s -> "'" + s.wireName() + "'")
                .collect(Collectors.joining(", "));
    }
}
