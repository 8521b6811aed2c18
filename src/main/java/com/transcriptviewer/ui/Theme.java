package com.transcriptviewer.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The two looks the app offers; both are AtlantaFX Primer themes so the looked-up colours in app.css exist. */
public enum Theme {
    LIGHT("Light"),
    DARK("Dark");

    private final String displayName;

    Theme(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * The AtlantaFX user-agent stylesheet for this theme, in its precompiled binary form: the same rules as the CSS,
     * but it loads without parsing 170 KB of text on the FX thread before the first frame.
     */
    public String userAgentStylesheet() {
        return this == DARK
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS();
    }

    public boolean isDark() {
        return this == DARK;
    }
}
