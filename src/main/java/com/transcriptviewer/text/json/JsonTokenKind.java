package com.transcriptviewer.text.json;

/** What a highlighted run of formatted JSON is, so a view can colour it; {@link #styleClass()} is the CSS class. */
public enum JsonTokenKind {
    KEY("json-key"),
    STRING("json-string"),
    NUMBER("json-number"),
    LITERAL("json-literal"),
    PUNCTUATION("json-punctuation");

    private final String styleClass;

    JsonTokenKind(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }
}
