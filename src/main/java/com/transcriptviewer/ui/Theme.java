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

    /** The AtlantaFX user-agent stylesheet URL for this theme. */
    public String userAgentStylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    public boolean isDark() {
        return this == DARK;
    }
}
