package com.transcriptviewer.export.reviews;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Reviews as a JSON array with one object per entry, oldest first, each shaped as a Langfuse score (the body of
 * {@code POST /api/public/scores}), so a script can send them to Langfuse one by one:
 *
 * <ul>
 *   <li>{@code id}: the entry's own UUID; sending the same row twice updates one score instead of making two</li>
 *   <li>{@code traceId}: the conversation id</li>
 *   <li>{@code observationId}: the tool call's id; null for the conversation, and for a call the app tells apart by
 *       its place because its id is missing or repeated (then {@code metadata.item_key} says which call)</li>
 *   <li>{@code name}: {@value #TOOL_CALL_VERDICT} or {@value #CONVERSATION_VERDICT}, with {@code dataType}
 *       {@code "CATEGORICAL"} and {@code value} one of "correct", "wrong", "unsure"; a conversation entry that carries
 *       only a note or labels is a {@value #CONVERSATION_NOTE} with {@code dataType} {@code "TEXT"} and the note (or
 *       the labels) as its value</li>
 *   <li>{@code comment}: the reviewer's note, null when there is none</li>
 *   <li>{@code timestamp}: when it was saved, ISO-8601 UTC</li>
 *   <li>{@code authorUserId}: the reviewer's name, as Settings has it</li>
 *   <li>{@code metadata}: what Langfuse has no field for: {@code item_key}, {@code message_index} (-1 for the
 *       conversation), {@code function}, {@code labels} (an array) and {@code check_status} (null when unknown)</li>
 * </ul>
 *
 * Text is written exactly, control characters escaped as JSON requires. Stateless and thread-safe.
 */
public final class ReviewJson implements ReviewRenderer {

    public static final String TOOL_CALL_VERDICT = "tool_call_verdict";
    public static final String CONVERSATION_VERDICT = "conversation_verdict";
    public static final String CONVERSATION_NOTE = "conversation_note";

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void render(List<ReviewEntry> entries, Writer out) throws IOException {
        List<ReviewEntry> ordered = ReviewFields.ordered(entries);
        // Not closing the writer: the caller owns it.
        try (JsonGenerator json = JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.setPrettyPrinter(new OneScorePerLine());
            json.writeStartArray();
            for (ReviewEntry entry : ordered) {
                score(json, entry);
            }
            json.writeEndArray();
        }
        out.write('\n');
    }

    private static void score(JsonGenerator json, ReviewEntry entry) throws IOException {
        ReviewItem item = entry.item();
        json.writeStartObject();
        json.writeStringField("id", entry.eventId());
        json.writeStringField("traceId", item.conversationId());
        nullable(json, "observationId", item.identity() == ReviewItem.Identity.CALL_ID ? item.toolCallId() : "");
        json.writeStringField("name", name(entry));
        json.writeStringField("value", value(entry));
        json.writeStringField("dataType", entry.verdict() == null ? "TEXT" : "CATEGORICAL");
        nullable(json, "comment", entry.note());
        json.writeStringField("timestamp", ReviewFields.time(entry.savedAt()));
        json.writeStringField("authorUserId", entry.reviewer());
        json.writeObjectFieldStart("metadata");
        json.writeStringField("item_key", item.key());
        json.writeNumberField("message_index", ReviewFields.messageIndex(item));
        json.writeStringField("function", item.functionName());
        json.writeArrayFieldStart("labels");
        for (String label : entry.labels()) {
            json.writeString(label);
        }
        json.writeEndArray();
        nullable(json, "check_status", entry.checkStatus() == null ? "" : entry.checkStatus());
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The score's name; see the class comment. */
    static String name(ReviewEntry entry) {
        if (!entry.item().isConversation()) {
            return TOOL_CALL_VERDICT;
        }
        return entry.verdict() == null ? CONVERSATION_NOTE : CONVERSATION_VERDICT;
    }

    private static String value(ReviewEntry entry) {
        if (entry.verdict() != null) {
            return entry.verdict().wireName();
        }
        if (!entry.note().isBlank()) {
            return entry.note();
        }
        return String.join(", ", entry.labels());
    }

    /** One score per line: the file diffs well and stays readable without a pretty-printer. */
    private static final class OneScorePerLine extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void beforeArrayValues(JsonGenerator json) throws IOException {
            if (outermost(json)) {
                json.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
            json.writeRaw(outermost(json) ? ",\n" : ",");
        }

        @Override
        public void writeEndArray(JsonGenerator json, int values) throws IOException {
            json.writeRaw(outermost(json) && values > 0 ? "\n]" : "]");
        }

        /** The array of scores, not a score's labels. */
        private static boolean outermost(JsonGenerator json) {
            JsonStreamContext context = json.getOutputContext();
            return context.inArray()
                    && context.getParent() != null
                    && context.getParent().inRoot();
        }
    }

    private static void nullable(JsonGenerator json, String field, String value) throws IOException {
        if (value == null || value.isEmpty()) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }
}
