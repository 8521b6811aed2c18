package com.transcriptviewer.settings;

import java.util.Optional;

/**
 * A secret kept in memory. As the fallback it says it is not persistent; tests create a "persistent" one and hand the
 * same instance to two app instances to stand in for the OS store across a restart.
 */
public final class MemoryKeyStore implements KeyStore {

    private final boolean persistent;
    private volatile String key;

    private MemoryKeyStore(boolean persistent) {
        this.persistent = persistent;
    }

    /** The key is kept for this run only. */
    public static MemoryKeyStore sessionOnly() {
        return new MemoryKeyStore(false);
    }

    /** Behaves like a credential store that keeps the key across restarts, for tests. */
    public static MemoryKeyStore standInForOsStore() {
        return new MemoryKeyStore(true);
    }

    @Override
    public Optional<String> load() {
        return Optional.ofNullable(key);
    }

    @Override
    public void save(String secret) {
        key = secret;
    }

    @Override
    public void delete() {
        key = null;
    }

    @Override
    public boolean persistent() {
        return persistent;
    }

    @Override
    public String describe() {
        return persistent ? "the credential store" : "this session only";
    }

    @Override
    public String toString() {
        return "MemoryKeyStore[" + (key == null ? "empty" : "key set") + "]";
    }
}
