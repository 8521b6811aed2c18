package com.transcriptviewer.compare;

import java.time.Clock;

/** The formats a comparison is exported in, and what writes each. */
public enum ComparisonFormat {
    MARKDOWN("Markdown", "md"),
    HTML("HTML", "html");

    private final String displayName;
    private final String extension;

    ComparisonFormat(String displayName, String extension) {
        this.displayName = displayName;
        this.extension = extension;
    }

    public String displayName() {
        return displayName;
    }

    public String extension() {
        return extension;
    }

    /** The whole document; blocking (the arguments are pretty-printed), so off the FX thread. */
    public String render(Comparison comparison, Clock clock) {
        return switch (this) {
            case MARKDOWN -> new ComparisonMarkdown(clock).document(comparison);
            case HTML -> new ComparisonHtml(clock).document(comparison);
        };
    }
}
