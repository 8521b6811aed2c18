package com.transcriptviewer.settings;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.ui.Theme;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;

/**
 * Settings as the user changes them: the state of a Settings dialog on the settings in use, and what saving it does (the
 * file written, the theme switched, a new connection when the key or base URL changed). The theme toggle in the
 * tool bar is saved the same way. Call on the FX side.
 */
public final class SettingsEditor {

    private final AppSettings settings;
    private final KeyStore keyStore;
    private final Optional<String> environmentKey;
    private final FxExecutors executors;
    private final ObjectProperty<Theme> theme;
    private final Consumer<String> reconnect;
    private final String startupBaseUrl;

    /**
     * @param theme          the window's theme: set from the settings now, saved whenever it changes
     * @param reconnect      makes a new connection to the base URL it is given
     * @param startupBaseUrl where to connect when the user empties the base URL: as at start, without Settings
     */
    public SettingsEditor(
            AppSettings settings,
            KeyStore keyStore,
            Optional<String> environmentKey,
            FxExecutors executors,
            ObjectProperty<Theme> theme,
            Consumer<String> reconnect,
            String startupBaseUrl) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.keyStore = Objects.requireNonNull(keyStore, "keyStore");
        this.environmentKey = Objects.requireNonNull(environmentKey, "environmentKey");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.reconnect = Objects.requireNonNull(reconnect, "reconnect");
        this.startupBaseUrl = Objects.requireNonNull(startupBaseUrl, "startupBaseUrl");
        theme.set(settings.current().theme());
        theme.addListener((obs, old, now) -> settings.save(settings.current().withTheme(now)));
    }

    /** The state of a new Settings dialog on the settings in use (the dialog is made afresh each time it opens). */
    public SettingsViewModel newDialog() {
        return new SettingsViewModel(
                settings.current(), keyStore, environmentKey, new ApiConnectionTester(), executors, this::saved);
    }

    private void saved(SettingsChange change) {
        // The dialog does not show the panels: keep them as they are now, not as they were when it opened.
        Settings now = settings.current();
        settings.save(change.settings()
                .withInsightsPanelOpen(now.insightsPanelOpen())
                .withReviewPanelOpen(now.reviewPanelOpen()));
        theme.set(change.settings().theme());
        if (change.needsReconnect()) {
            // A base URL typed in the dialog is what the user wants now; an empty one falls back as at start.
            String typed = change.settings().baseUrl();
            reconnect.accept(typed.isEmpty() ? startupBaseUrl : typed);
        }
    }
}
