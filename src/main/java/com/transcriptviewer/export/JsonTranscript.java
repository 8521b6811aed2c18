package com.transcriptviewer.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.transcriptviewer.api.json.ToolCallsJson;
import com.transcriptviewer.model.Message;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A conversation as the messages endpoint would return it in one page:
 * {@code {"data":[...],"meta":{"total_pages":1,"total_results":N,"page_number":1,"page_size":N}}}. Each message is
 * written exactly as the server sent it ({@link Message#rawJson()}, read again from its file for a transcript
 * file), so unknown fields survive; a message built in
 * code is serialised from the record in the same wire shape. One message per line keeps the file diff-friendly, and
 * the app (or any SDK) reads it back as an ordinary page. Stateless and thread-safe.
 */
public final class JsonTranscript implements TranscriptRenderer {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void render(ExportDocument document, Writer out) throws IOException {
        List<Message> messages = document.messages();
        out.write("{\"data\":[");
        for (int i = 0; i < messages.size(); i++) {
            out.write(i == 0 ? "\n" : ",\n");
            Message message = messages.get(i);
            out.write(message.rawJson() != null ? message.rawJson().text() : serialise(message));
        }
        int count = messages.size();
        out.write(count == 0 ? "]," : "\n],");
        out.write("\"meta\":{\"total_pages\":1,\"total_results\":" + count + ",\"page_number\":1,\"page_size\":" + count
                + "}}\n");
    }

    /** A message that was not read from JSON, in the wire's field names; times as ISO-8601 instants. */
    static String serialise(Message message) throws IOException {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("role", message.role().rawName());
            json.writeStringField("text", message.text());
            ToolCallsJson.write(json, message.toolCalls());
            time(json, "created_at", message.createdAt());
            time(json, "sent_at", message.sentAt());
            json.writeFieldName("metadata");
            value(json, message.metadata());
            json.writeEndObject();
        }
        return text.toString();
    }

    private static void time(JsonGenerator json, String field, Instant time) throws IOException {
        if (time == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, DateTimeFormatter.ISO_INSTANT.format(time));
        }
    }

    /** Metadata values are strings, numbers, booleans, nulls or lists of those (see {@code model.Metadata}). */
    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long number) {
            json.writeNumber(number.longValue());
        } else if (value instanceof BigInteger big) {
            json.writeNumber(big);
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof Number number) {
            json.writeNumber(number.doubleValue());
        } else {
            json.writeString(String.valueOf(value));
        }
    }
}
