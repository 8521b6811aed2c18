package com.transcriptviewer.settings;

import java.util.Optional;

/**
 * Where one secret is kept between runs: the API key, or the team server's database password, each in an entry of
 * its own. The real one is the OS credential store ({@link OsKeyStore}); tests use {@link MemoryKeyStore} so they
 * never touch a user's keyring. Implementations never log or print the secret.
 */
public interface KeyStore {

    /** The saved secret, if there is one. */
    Optional<String> load();

    /** Replaces the saved secret. */
    void save(String secret);

    /** Forgets the saved secret. */
    void delete();

    /** False when the secret only lives until the app exits (no credential store on this machine). */
    boolean persistent();

    /** Where the secret goes, for the settings dialog: "the system credential store", "this session only". */
    String describe();
}
