package com.transcriptviewer.recording.view;

import java.nio.file.Path;

/**
 * The audio of one recording, playing or paused: what {@link RecordingViewModel} asks of JavaFX Media
 * ({@link MediaAudioPlayer}), so the view-model's behaviour is tested with a player in code. Call on the FX thread;
 * the listener hears on it too.
 */
public interface AudioPlayer {

    void play();

    void pause();

    void seek(long millis);

    void setRate(double rate);

    void setVolume(double volume);

    void dispose();

    /** What the player tells its owner, on the FX thread. */
    interface Listener {

        void ready(long durationMillis);

        void position(long millis);

        void ended();

        /** The audio cannot play here; {@code why} is one sentence in plain words. */
        void failed(String why);
    }

    /** Opens a local audio file; failures are reported to the listener, never thrown. */
    @FunctionalInterface
    interface Factory {
        AudioPlayer open(Path file, Listener listener);
    }
}
