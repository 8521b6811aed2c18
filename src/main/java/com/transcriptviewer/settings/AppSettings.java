package com.transcriptviewer.settings;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The settings in use: read once at start, changed by the settings dialog and the theme toggle, and written to
 * {@code settings.json} in the background, in the order they changed (the writer is a single thread). Call on the FX
 * side.
 */
public final class AppSettings {

    private static final Logger LOG = Logger.getLogger(AppSettings.class.getName());

    private final SettingsStore store;
    private final Executor writer;
    private final Optional<String> loadNotice;
    private Settings current;

    /** Reads the file now (it is small); {@code writer} must run tasks one at a time, in order. */
    public AppSettings(SettingsStore store, Executor writer) {
        this.store = Objects.requireNonNull(store, "store");
        this.writer = Objects.requireNonNull(writer, "writer");
        SettingsStore.Loaded loaded = store.load();
        this.current = loaded.settings();
        this.loadNotice = loaded.notice();
    }

    public Settings current() {
        return current;
    }

    /** A sentence for the user when the file could not be read and defaults are in use. */
    public Optional<String> loadNotice() {
        return loadNotice;
    }

    /** Uses {@code next} from now on and writes it in the background; a failed write is logged, the app goes on. */
    public void save(Settings next) {
        current = Objects.requireNonNull(next, "next");
        writer.execute(() -> {
            try {
                store.save(next);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not save settings: " + e.getMessage());
            }
        });
    }
}
