package com.transcriptviewer.settings;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One secret in the OS credential store (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows),
 * under the app's service name and an account of its own: {@link #apiKey()} for the Telnyx API key,
 * {@link #reviewDatabasePassword()} for the team server's database password.
 *
 * <p>Opening the store is slow (D-Bus, native libraries), so it happens on first use, which callers keep off the FX
 * thread when they can. When there is no store (headless Linux without a Secret Service, the usual case on servers
 * and in CI) or it fails, the key is kept in memory for this run only and {@link #persistent()} turns false, so the
 * settings dialog can say so. Failures are logged by their type only: a backend's message might quote what it was
 * given. Each instance opens the store on its own, so one failing entry does not take the other with it.
 */
public final class OsKeyStore implements KeyStore {

    private static final Logger LOG = Logger.getLogger(OsKeyStore.class.getName());
    static final String SERVICE = "Transcript Viewer";
    static final String API_KEY_ACCOUNT = "telnyx-api-key";
    static final String REVIEW_PASSWORD_ACCOUNT = "review-database-password";

    private final String account;
    /** What the secret is, for the log: "the API key". */
    private final String what;

    private final MemoryKeyStore session = MemoryKeyStore.sessionOnly();
    private Keyring keyring;
    private boolean opened;

    private OsKeyStore(String account, String what) {
        this.account = account;
        this.what = what;
    }

    /** The Telnyx API key. */
    public static OsKeyStore apiKey() {
        return new OsKeyStore(API_KEY_ACCOUNT, "the API key");
    }

    /** The password of the team's PostgreSQL server for reviews. */
    public static OsKeyStore reviewDatabasePassword() {
        return new OsKeyStore(REVIEW_PASSWORD_ACCOUNT, "the review database password");
    }

    @Override
    public synchronized Optional<String> load() {
        Keyring store = open();
        if (store == null) {
            return session.load();
        }
        try {
            String key = store.getPassword(SERVICE, account);
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
    public synchronized void save(String secret) {
        session.save(secret);
        Keyring store = open();
        if (store == null) {
            return;
        }
        try {
            store.setPassword(SERVICE, account, secret);
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
            store.deletePassword(SERVICE, account);
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
                        "No OS credential store available (" + none.getClass().getSimpleName() + "); " + what
                                + " is kept for this session only.");
                keyring = null;
            }
        }
        return keyring;
    }

    private void giveUp(String action, Exception cause) {
        LOG.log(
                Level.WARNING,
                "The OS credential store failed while " + action + " " + what + " ("
                        + cause.getClass().getSimpleName() + "); keeping it for this session only.");
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
        return "OsKeyStore[" + account + "]";
    }
}
