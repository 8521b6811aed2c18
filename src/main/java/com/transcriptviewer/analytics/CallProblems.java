package com.transcriptviewer.analytics;

import com.transcriptviewer.model.ToolCallCheck.Status;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * When a kept call counts as breaking its definition: its definition check found a problem (invalid JSON, arguments
 * that do not match the schema, a function the assistant does not declare); or, when it was never checked against a
 * definition, its arguments are not valid JSON. One rule, said once in Java and once in SQL, which the analytics
 * tests hold to the same answer.
 */
final class CallProblems {

    /** The check statuses that say the call itself is wrong, as stored ({@code 'invalid_json', ...}). */
    private static final String PROBLEM_STATUSES = quoted(true);

    /** The check statuses that say the call was checked against a definition, problem or not. */
    private static final String CHECKED_STATUSES = quoted(false);

    /** The rule as an SQL condition on {@code library_tool_call t}. */
    static final String SQL = "(t.check_status IN (" + PROBLEM_STATUSES + ") OR ((t.check_status IS NULL"
            + " OR t.check_status NOT IN (" + CHECKED_STATUSES + ")) AND t.arguments_valid_json = 0))";

    private CallProblems() {}

    static boolean isProblem(String checkStatus, boolean validJson) {
        Status status = status(checkStatus);
        return status != null && status != Status.NO_DEFINITION ? status.isProblem() : !validJson;
    }

    static boolean isChecked(String checkStatus) {
        Status status = status(checkStatus);
        return status != null && status != Status.NO_DEFINITION;
    }

    private static Status status(String wireName) {
        if (wireName == null) {
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
