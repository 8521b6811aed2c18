package com.transcriptviewer.recording.view;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.util.Duration;

/**
 * {@link AudioPlayer} on JavaFX Media, which plays WAV and MP3 (on Linux MP3 through the system's libavcodec). Its
 * position reaches the listener from the player's own property, which JavaFX updates on the FX thread a few times a
 * second; a failure (no sound device, a codec missing) is turned into one plain sentence.
 */
public final class MediaAudioPlayer implements AudioPlayer {

    private final MediaPlayer player;

    private MediaAudioPlayer(MediaPlayer player) {
        this.player = player;
    }

    /** The factory the window uses; a player that cannot even be made reports it and does nothing. */
    public static AudioPlayer open(Path file, Listener listener) {
        try {
            Media media = new Media(file.toUri().toString());
            MediaPlayer player = new MediaPlayer(media);
            player.setOnReady(() -> listener.ready(millis(media.getDuration())));
            player.setOnError(() -> listener.failed(why(player.getError())));
            player.setOnEndOfMedia(() -> {
                player.pause();
                listener.ended();
            });
            player.currentTimeProperty().addListener((obs, old, now) -> listener.position(millis(now)));
            return new MediaAudioPlayer(player);
        } catch (MediaException | UnsupportedOperationException failure) {
            listener.failed(failure instanceof MediaException media ? why(media) : UNSUPPORTED);
            return NOTHING;
        }
    }

    private static final String UNSUPPORTED = "This computer can't play audio from the viewer.";

    /** Plain words for what went wrong; the media's own text is for the log, never the screen. */
    static String why(MediaException failure) {
        if (failure == null) {
            return "The recording can't be played here.";
        }
        String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
        return switch (failure.getType()) {
            case MEDIA_UNSUPPORTED, MEDIA_CORRUPTED ->
                "This computer is missing what it needs to play this recording's format.";
            case MEDIA_UNAVAILABLE, MEDIA_INACCESSIBLE -> "The recording's audio could not be opened.";
            default ->
                message.contains("could not create player") || message.contains("audio")
                        ? "No sound device is available, so the recording can't play here."
                        : "The recording can't be played here.";
        };
    }

    private static long millis(Duration duration) {
        return duration == null || duration.isUnknown() || duration.isIndefinite() ? -1 : (long) duration.toMillis();
    }

    @Override
    public void play() {
        player.play();
    }

    @Override
    public void pause() {
        player.pause();
    }

    @Override
    public void seek(long millis) {
        player.seek(Duration.millis(millis));
    }

    @Override
    public void setRate(double rate) {
        player.setRate(rate);
    }

    @Override
    public void setVolume(double volume) {
        player.setVolume(volume);
    }

    @Override
    public void dispose() {
        player.dispose();
    }

    /** What a player that could not be made does: nothing. */
    private static final AudioPlayer NOTHING = new AudioPlayer() {
        @Override
        public void play() {}

        @Override
        public void pause() {}

        @Override
        public void seek(long millis) {}

        @Override
        public void setRate(double rate) {}

        @Override
        public void setVolume(double volume) {}

        @Override
        public void dispose() {}
    };
}
