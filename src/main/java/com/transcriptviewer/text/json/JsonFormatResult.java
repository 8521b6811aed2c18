package com.transcriptviewer.text.json;

import java.util.Objects;
import java.util.Optional;

/** The outcome of formatting: either the pretty-printed JSON or the syntax error that stopped it. */
public final class JsonFormatResult {

    private final FormattedJson formatted;
    private final JsonSyntaxError error;

    private JsonFormatResult(FormattedJson formatted, JsonSyntaxError error) {
        this.formatted = formatted;
        this.error = error;
    }

    static JsonFormatResult valid(FormattedJson formatted) {
        return new JsonFormatResult(Objects.requireNonNull(formatted), null);
    }

    static JsonFormatResult invalid(JsonSyntaxError error) {
        return new JsonFormatResult(null, Objects.requireNonNull(error));
    }

    public boolean isValid() {
        return formatted != null;
    }

    public Optional<FormattedJson> formatted() {
        return Optional.ofNullable(formatted);
    }

    public Optional<JsonSyntaxError> error() {
        return Optional.ofNullable(error);
    }

    @Override
    public String toString() {
        return isValid()
                ? "JsonFormatResult[valid, " + formatted.lineCount() + " lines]"
                : "JsonFormatResult[" + error.message() + "]";
    }
}
