package com.transcriptviewer.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads the fields of an error object (after its START_OBJECT) in Telnyx's or FastAPI's shape. */
final class ErrorBodyReader {

    private ErrorBodyReader() {}

    static ErrorBody read(JsonParser parser) throws IOException {
        List<ErrorBody.TelnyxError> errors = new ArrayList<>();
        List<ErrorBody.Detail> details = new ArrayList<>();
        String detailText = null;
        String message = null;
        String field;
        while ((field = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            switch (field) {
                case "errors" -> readTelnyxErrors(parser, token, errors);
                case "detail" -> {
                    if (token == JsonToken.START_ARRAY) {
                        readDetails(parser, details);
                    } else if (token == JsonToken.START_OBJECT) {
                        details.add(toDetail(JsonValues.object(parser)));
                    } else {
                        detailText = JsonValues.text(parser, token);
                    }
                }
                case "message" -> message = JsonValues.text(parser, token);
                default -> parser.skipChildren();
            }
        }
        if (detailText == null && errors.isEmpty() && details.isEmpty()) {
            detailText = message;
        }
        return new ErrorBody(errors, details, detailText);
    }

    private static void readTelnyxErrors(JsonParser parser, JsonToken token, List<ErrorBody.TelnyxError> into)
            throws IOException {
        if (token != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return;
        }
        JsonToken item;
        while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (item != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            Map<String, Object> error = JsonValues.object(parser);
            String pointer = null;
            if (error.get("source") instanceof Map<?, ?> source) {
                Object where = source.get("pointer") != null ? source.get("pointer") : source.get("parameter");
                pointer = where == null ? null : String.valueOf(where);
            }
            into.add(new ErrorBody.TelnyxError(
                    string(error.get("code")), string(error.get("title")), string(error.get("detail")), pointer));
        }
    }

    private static void readDetails(JsonParser parser, List<ErrorBody.Detail> into) throws IOException {
        JsonToken item;
        while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (item == JsonToken.START_OBJECT) {
                into.add(toDetail(JsonValues.object(parser)));
            } else {
                String text = JsonValues.text(parser, item);
                if (text != null) {
                    into.add(new ErrorBody.Detail(null, text, null));
                }
            }
        }
    }

    private static ErrorBody.Detail toDetail(Map<String, Object> entry) {
        Object loc = entry.get("loc");
        String location;
        if (loc instanceof List<?> parts) {
            location = parts.stream().map(String::valueOf).collect(Collectors.joining("."));
        } else {
            location = string(loc);
        }
        return new ErrorBody.Detail(location, string(entry.get("msg")), string(entry.get("type")));
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
