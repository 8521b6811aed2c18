package com.transcriptviewer.settings;

/**
 * What the settings dialog saved. It carries no key: whoever reconnects reads the key from the {@link KeyStore}.
 *
 * @param settings      everything but the key, already written to settings.json
 * @param keyChanged    the stored key was replaced or removed
 * @param baseUrlChanged the base URL differs from before
 */
public record SettingsChange(Settings settings, boolean keyChanged, boolean baseUrlChanged) {

    /** Whether the app must talk to the API through a new connection. */
    public boolean needsReconnect() {
        return keyChanged || baseUrlChanged;
    }
}
