package com.transcriptviewer.model;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one of Telnyx's insights concluded about a conversation: the insight's name, where its run stands, and the
 * result, as text or, when the insight's template asks for JSON, as labelled fields. Immutable; for the insights
 * panel and the exports.
 *
 * @param insightId       the insight template's id
 * @param name            the template's name, or "Insight &lt;id&gt;" when the template could not be found
 * @param status          where the run that produced this result stands
 * @param text            the result exactly as received (for a JSON result, the JSON text); empty while pending
 * @param fields          a JSON result read as "label: value" pairs, nested objects as dotted labels; empty for text
 * @param createdAt       when the run was created; null when the API did not say
 * @param defaultTemplate true for one of Telnyx's built-in templates (such as the conversation summary)
 */
public record InsightResult(
        String insightId,
        String name,
        Status status,
        String text,
        List<Field> fields,
        Instant createdAt,
        boolean defaultTemplate) {

    /** Where an insight run stands, as the API names it. */
    public enum Status {
        PENDING("pending", "Pending"),
        IN_PROGRESS("in_progress", "In progress"),
        COMPLETED("completed", "Completed"),
        FAILED("failed", "Failed"),
        /** A status this version does not know; shown, never a crash. */
        UNKNOWN("unknown", "Unknown status");

        private final String wireName;
        private final String label;

        Status(String wireName, String label) {
            this.wireName = wireName;
            this.label = label;
        }

        public String wireName() {
            return wireName;
        }

        /** How the panel and the exports say it: "In progress". */
        public String label() {
            return label;
        }

        /** True while Telnyx is still working on it. */
        public boolean isWaiting() {
            return this == PENDING || this == IN_PROGRESS;
        }

        /** The status the API sent ({@code "in_progress"}); anything else is {@link #UNKNOWN}. */
        public static Status parse(String wire) {
            if (wire != null) {
                String name = wire.strip().toLowerCase(Locale.ROOT);
                for (Status status : values()) {
                    if (status.wireName.equals(name)) {
                        return status;
                    }
                }
            }
            return UNKNOWN;
        }
    }

    /**
     * One field of a JSON result.
     *
     * @param label the field's key; a nested field's keys joined with dots ({@code caller.name})
     * @param value the value as text; a list's items joined with commas
     */
    public record Field(String label, String value) {

        public Field {
            label = Objects.requireNonNullElse(label, "");
            value = Objects.requireNonNullElse(value, "");
        }
    }

    public InsightResult {
        insightId = Objects.requireNonNullElse(insightId, "");
        name = name == null || name.isBlank() ? "Insight " + insightId : name;
        status = Objects.requireNonNullElse(status, Status.UNKNOWN);
        text = Objects.requireNonNullElse(text, "");
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** True when the result is shown as fields rather than text. */
    public boolean hasFields() {
        return !fields.isEmpty();
    }

    /** The result on one line: the text with its line breaks as spaces, or the fields as "label: value · …". */
    public String oneLine() {
        String line = hasFields()
                ? String.join(
                        " · ",
                        fields.stream().map(f -> f.label() + ": " + f.value()).toList())
                : text;
        return line.replaceAll("\\s+", " ").strip();
    }
}
