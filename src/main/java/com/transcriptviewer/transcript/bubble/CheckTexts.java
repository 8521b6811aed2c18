package com.transcriptviewer.transcript.bubble;

import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.ToolSpec;
import com.transcriptviewer.text.json.JsonSyntaxError;
import java.util.List;
import java.util.Locale;

/**
 * The words a tool card uses for its check: the badge ("OK", "2 problems"), its tooltip, one line per problem, and
 * the tool's definition as plain text for the clipboard. Kept apart from the views so they read the same everywhere.
 */
public final class CheckTexts {

    /** Problems listed in a badge's tooltip; the expanded card lists them all. */
    static final int TOOLTIP_PROBLEMS = 5;

    private CheckTexts() {}

    /** "OK", "Invalid JSON", "1 problem", "3 problems", "Unknown function", "No definition". */
    public static String badge(ToolCallCheck check) {
        return switch (check.status()) {
            case OK -> "OK";
            case INVALID_JSON -> "Invalid JSON";
            case SCHEMA_MISMATCH -> problems(Math.max(1, check.problems().size()));
            case UNKNOWN_FUNCTION -> "Unknown function";
            case NO_DEFINITION -> "No definition";
        };
    }

    /** "1 problem", "3 problems". */
    public static String problems(int count) {
        return count == 1 ? "1 problem" : count + " problems";
    }

    /**
     * The basis sentence, then the problems (the first few) and, for arguments that are not JSON, where the
     * formatter found the error; {@code syntaxError} may be null.
     */
    public static String tooltip(ToolCallCheck check, JsonSyntaxError syntaxError) {
        StringBuilder text = new StringBuilder(check.basis());
        List<ToolCallCheck.Problem> problems = check.problems();
        for (int i = 0; i < Math.min(TOOLTIP_PROBLEMS, problems.size()); i++) {
            text.append('\n').append(problemLine(problems.get(i)));
        }
        if (problems.size() > TOOLTIP_PROBLEMS) {
            text.append("\n… and ").append(problems.size() - TOOLTIP_PROBLEMS).append(" more");
        }
        if (check.status() == ToolCallCheck.Status.INVALID_JSON && syntaxError != null) {
            text.append('\n').append(syntaxError.message());
        }
        return text.toString().strip();
    }

    /** "/party_size — party_size should be a whole number …"; the message alone for the arguments as a whole. */
    public static String problemLine(ToolCallCheck.Problem problem) {
        return problem.pointer().isEmpty() ? problem.message() : problem.pointer() + " — " + problem.message();
    }

    /** "webhook · 5 parameters", under the definition's disclosure. */
    public static String definitionSummary(ToolSpec spec) {
        String count = spec.parameters().size() == 1
                ? "1 parameter"
                : spec.parameters().size() + " parameters";
        return spec.type().isEmpty() ? count : spec.type() + " · " + count;
    }

    /** True when the table needs a location column: a webhook whose parameters go to more than one part. */
    public static boolean showsLocation(ToolSpec spec) {
        return "webhook".equals(spec.type().toLowerCase(Locale.ROOT))
                && spec.parameters().stream()
                                .map(ToolSpec.Parameter::location)
                                .filter(location -> !location.isEmpty())
                                .distinct()
                                .count()
                        > 1;
    }

    /** The definition as tab-separated text, as "Copy definition" puts it on the clipboard. */
    public static String definitionText(ToolSpec spec) {
        StringBuilder text = new StringBuilder(spec.name());
        if (!spec.type().isEmpty()) {
            text.append(" (").append(spec.type()).append(')');
        }
        text.append('\n');
        if (!spec.description().isEmpty()) {
            text.append(spec.description()).append('\n');
        }
        boolean location = showsLocation(spec);
        if (!spec.parameters().isEmpty()) {
            text.append("\nName\tType\tRequired\tAllowed\t")
                    .append(location ? "Location\t" : "")
                    .append("Description\n");
            for (ToolSpec.Parameter parameter : spec.parameters()) {
                text.append(parameter.name())
                        .append('\t')
                        .append(parameter.type())
                        .append('\t')
                        .append(parameter.required() ? "yes" : "no")
                        .append('\t')
                        .append(parameter.allowed())
                        .append('\t')
                        .append(location ? parameter.location() + "\t" : "")
                        .append(parameter.description())
                        .append('\n');
            }
        }
        if (!spec.targets().isEmpty()) {
            text.append("\nTransfers to:\n");
            spec.targets().forEach(target -> text.append(target).append('\n'));
        }
        return text.toString();
    }
}
