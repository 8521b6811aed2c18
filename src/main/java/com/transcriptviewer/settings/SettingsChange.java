package com.transcriptviewer.settings;

/**
 * What the settings dialog saved. It carries no secret: whoever reconnects reads the key or the password from its
 * {@link KeyStore}.
 *
 * @param settings           everything but the secrets, already written to settings.json
 * @param keyChanged         the stored key was replaced or removed
 * @param baseUrlChanged     the base URL differs from before
 * @param reviewStoreChanged where reviews are kept changed (this computer or a team server, the server, its user or
 *                           its password): the review store must be opened anew
 */
public record SettingsChange(
        Settings settings, boolean keyChanged, boolean baseUrlChanged, boolean reviewStoreChanged) {

    /** Whether the app must talk to the API through a new connection. */
    public boolean needsReconnect() {
        return keyChanged || baseUrlChanged;
    }
}
