package com.transcriptviewer.text.json;

/** Pretty-printed JSON with its highlighting spans; {@code lineCount} is the number of lines of {@code text}. */
public record FormattedJson(String text, JsonHighlights highlights, int lineCount) {}
