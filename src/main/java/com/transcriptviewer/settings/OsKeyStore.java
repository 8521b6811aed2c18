package com.transcriptviewer.settings;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API key in the OS credential store: Secret Service on Linux, Keychain on macOS, Credential Manager on Windows.
 *
 * <p>Opening the store is slow (D-Bus, native libraries), so it happens on first use, which callers keep off the FX
 * thread when they can. When there is no store (headless Linux without a Secret Service, the usual case on servers
 * and in CI) or it fails, the key is kept in memory for this run only and {@link #persistent()} turns false, so the
 * settings dialog can say so. Failures are logged by their type only: a backend's message might quote what it was
 * given.
 */
public final class OsKeyStore implements KeyStore {

    private static final Logger LOG = Logger.getLogger(OsKeyStore.class.getName());
    static final String SERVICE = "Transcript Viewer";
    static final String ACCOUNT = "telnyx-api-key";

    private final MemoryKeyStore session = MemoryKeyStore.sessionOnly();
    private Keyring keyring;
    private boolean opened;

    @Override
    public synchronized Optional<String> load() {
        Keyring store = open();
        if (store == null) {
            return session.load();
        }
        try {
            String key = store.getPassword(SERVICE, ACCOUNT);
            return key == null || key.isBlank() ? Optional.empty() : Optional.of(key);
        } catch (PasswordAccessException absent) {
            // The usual answer when nothing was saved yet.
            return Optional.empty();
        } catch (RuntimeException broken) {
            giveUp("reading", broken);
            return session.load();
        }
    }

    @Override
    public synchronized void save(String apiKey) {
        session.save(apiKey);
        Keyring store = open();
        if (store == null) {
            return;
        }
        try {
            store.setPassword(SERVICE, ACCOUNT, apiKey);
        } catch (PasswordAccessException | RuntimeException broken) {
            giveUp("saving", broken);
        }
    }

    @Override
    public synchronized void delete() {
        session.delete();
        Keyring store = open();
        if (store == null) {
            return;
        }
        try {
            store.deletePassword(SERVICE, ACCOUNT);
        } catch (PasswordAccessException absent) {
            // Nothing was saved: nothing to delete.
        } catch (RuntimeException broken) {
            giveUp("deleting", broken);
        }
    }

    @Override
    public synchronized boolean persistent() {
        return open() != null;
    }

    @Override
    public String describe() {
        return persistent() ? "the system credential store" : "this session only";
    }

    private Keyring open() {
        if (!opened) {
            opened = true;
            try {
                keyring = Keyring.create();
            } catch (BackendNotSupportedException | RuntimeException | LinkageError none) {
                LOG.log(
                        Level.INFO,
                        "No OS credential store available (" + none.getClass().getSimpleName()
                                + "); the API key is kept for this session only.");
                keyring = null;
            }
        }
        return keyring;
    }

    private void giveUp(String action, Exception cause) {
        LOG.log(
                Level.WARNING,
                "The OS credential store failed while " + action + " the API key ("
                        + cause.getClass().getSimpleName() + "); keeping the key for this session only.");
        closeQuietly();
        keyring = null;
    }

    private void closeQuietly() {
        try {
            if (keyring != null) {
                keyring.close();
            }
        } catch (Exception ignored) {
            // Closing a broken backend has nothing to tell the user.
        }
    }

    @Override
    public String toString() {
        return "OsKeyStore";
    }
}
