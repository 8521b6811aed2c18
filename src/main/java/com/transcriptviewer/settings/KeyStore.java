package com.transcriptviewer.settings;

import java.util.Optional;

/**
 * Where the API key is kept between runs. The real one is the OS credential store ({@link OsKeyStore}); tests use
 * {@link MemoryKeyStore} so they never touch a user's keyring. Implementations never log or print the key.
 */
public interface KeyStore {

    /** The saved key, if there is one. */
    Optional<String> load();

    /** Replaces the saved key. */
    void save(String apiKey);

    /** Forgets the saved key. */
    void delete();

    /** False when the key only lives until the app exits (no credential store on this machine). */
    boolean persistent();

    /** Where the key goes, for the settings dialog: "the system credential store", "this session only". */
    String describe();
}
