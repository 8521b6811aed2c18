package com.transcriptviewer.recording.view;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.concurrent.NewestRequest;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.recording.AudioTimeline;
import com.transcriptviewer.recording.Recording;
import com.transcriptviewer.recording.RecordingApi;
import com.transcriptviewer.recording.RecordingFetcher;
import com.transcriptviewer.recording.RecordingFinder;
import com.transcriptviewer.recording.RecordingSearch;
import com.transcriptviewer.recording.Waveform;
import com.transcriptviewer.transcript.TranscriptRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The recording player's state for the open conversation: whether it is a phone call (chats show no player), the
 * recordings found and which one plays, or the one quiet line that says why there is none; the audio's position,
 * duration, speed and volume; where each message lies on the timeline and which one is playing; whether the list
 * follows it. The audio is fetched (through a fresh link) when a recording is chosen, into a temporary file that is
 * deleted when another conversation opens; Save recording… fetches it again. Call on the FX thread.
 */
public final class RecordingViewModel {

    private static final Logger LOG = Logger.getLogger(RecordingViewModel.class.getName());

    /** The speeds offered, slowest first. */
    public static final List<Double> RATES = List.of(0.75, 1.0, 1.25, 1.5, 1.75, 2.0);

    public static final long STEP_MILLIS = 5_000;
    /** Slices of the waveform: enough for a wide window, few enough to draw every frame. */
    static final int WAVEFORM_BUCKETS = 1_200;

    static final String LOOKING = "Looking for the call's recording…";
    static final String FETCHING = "Fetching the recording…";

    private final ObservableValue<Conversation> conversation;
    private final ObservableList<TranscriptRow> rows;
    private final Supplier<CompletableFuture<RecordingApi>> api;
    private final FxExecutors executors;
    private final AudioPlayer.Factory players;
    private final NewestRequest requests;

    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private final StringProperty line = new SimpleStringProperty(this, "line", "");
    private final ObservableList<Recording> recordings = FXCollections.observableArrayList();
    private final ObjectProperty<Recording> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty matchText = new SimpleStringProperty(this, "matchText", "");
    private final StringProperty channelsText = new SimpleStringProperty(this, "channelsText", "");
    private final BooleanProperty ready = new SimpleBooleanProperty(this, "ready", false);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final LongProperty position = new SimpleLongProperty(this, "position", 0);
    private final LongProperty duration = new SimpleLongProperty(this, "duration", 0);
    private final DoubleProperty rate = new SimpleDoubleProperty(this, "rate", 1.0);
    private final DoubleProperty volume = new SimpleDoubleProperty(this, "volume", 1.0);
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final ObjectProperty<AudioTimeline> timeline =
            new SimpleObjectProperty<>(this, "timeline", AudioTimeline.EMPTY);
    private final ObjectProperty<Waveform> waveform = new SimpleObjectProperty<>(this, "waveform", Waveform.NONE);
    private final IntegerProperty currentMessage = new SimpleIntegerProperty(this, "currentMessage", -1);
    private final BooleanProperty following = new SimpleBooleanProperty(this, "following", true);
    private final StringProperty saveOutcome = new SimpleStringProperty(this, "saveOutcome", "");

    private NewestRequest.Ticket ticket;
    private CancelToken running = new CancelToken();
    private AudioPlayer player;
    private Path audioFile;

    public RecordingViewModel(
            ObservableValue<Conversation> conversation,
            ObservableList<TranscriptRow> rows,
            Supplier<CompletableFuture<RecordingApi>> api,
            FxExecutors executors,
            AudioPlayer.Factory players) {
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.api = Objects.requireNonNull(api, "api");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.players = Objects.requireNonNull(players, "players");
        this.requests = new NewestRequest(executors.fx());
        this.ticket = requests.next();
        conversation.addListener((obs, old, now) -> open(now));
        rows.addListener((ListChangeListener<TranscriptRow>) change -> placeMessages());
        selected.addListener((obs, old, now) -> load(now));
        rate.addListener((obs, old, now) -> {
            if (player != null) {
                player.setRate(now.doubleValue());
            }
        });
        volume.addListener((obs, old, now) -> {
            if (player != null) {
                player.setVolume(now.doubleValue());
            }
        });
        open(conversation.getValue());
    }

    // ---- finding -------------------------------------------------------------------------------------------------

    private void open(Conversation now) {
        stop();
        ticket = requests.next();
        running.cancel();
        running = new CancelToken();
        recordings.clear();
        selected.set(null);
        matchText.set("");
        line.set("");
        boolean call = RecordingFinder.hasAudio(now);
        shown.set(call);
        if (!call) {
            return;
        }
        line.set(LOOKING);
        NewestRequest.Ticket mine = ticket;
        CancelToken cancel = running;
        api.get()
                .thenAcceptAsync(
                        recordingApi -> {
                            RecordingSearch search;
                            try {
                                search = new RecordingFinder(recordingApi).find(now, cancel);
                            } catch (ApiException failure) {
                                search = new RecordingSearch.None(RecordingSearch.Reason.FAILED, failure.userMessage());
                            }
                            RecordingSearch found = search;
                            mine.apply(() -> found(found));
                        },
                        executors.background())
                .exceptionally(failure -> {
                    mine.apply(() -> found(new RecordingSearch.None(RecordingSearch.Reason.FAILED, "")));
                    return null;
                });
    }

    private void found(RecordingSearch search) {
        if (search instanceof RecordingSearch.Found found) {
            line.set("");
            recordings.setAll(found.recordings());
            matchText.set(found.match().label());
            selected.set(found.recordings().get(0));
        } else if (search instanceof RecordingSearch.None none) {
            line.set(none.text());
        }
    }

    // ---- loading the audio ---------------------------------------------------------------------------------------

    private void load(Recording recording) {
        stop();
        if (recording == null) {
            return;
        }
        channelsText.set(recording.dual() ? "Left: caller · Right: assistant" : "");
        duration.set(Math.max(0, recording.durationMillis()));
        placeMessages();
        line.set(FETCHING);
        NewestRequest.Ticket mine = requests.next();
        ticket = mine;
        CancelToken cancel = running;
        api.get()
                .thenAcceptAsync(
                        recordingApi -> {
                            try {
                                Path file = Files.createTempFile("transcript-viewer-recording-", recording.extension());
                                file.toFile().deleteOnExit();
                                new RecordingFetcher(recordingApi).fetch(recording, file, cancel);
                                Waveform outline = recording.format().equals("wav")
                                        ? Waveform.read(file, WAVEFORM_BUCKETS)
                                        : Waveform.NONE;
                                mine.apply(() -> fetched(file, outline));
                                if (!mine.isNewest()) {
                                    Files.deleteIfExists(file);
                                }
                            } catch (ApiException failure) {
                                mine.apply(() -> line.set("Couldn't fetch the recording: " + failure.userMessage()));
                            } catch (IOException failure) {
                                LOG.log(Level.INFO, "recording not written", failure);
                                mine.apply(() -> line.set("Couldn't keep the recording on this computer: "
                                        + failure.getClass().getSimpleName() + "."));
                            }
                        },
                        executors.background());
    }

    private void fetched(Path file, Waveform outline) {
        audioFile = file;
        waveform.set(outline);
        line.set("");
        problem.set("");
        player = players.open(file, new AudioPlayer.Listener() {
            @Override
            public void ready(long millis) {
                if (millis > 0) {
                    duration.set(millis);
                }
                ready.set(true);
                player.setRate(rate.get());
                player.setVolume(volume.get());
            }

            @Override
            public void position(long millis) {
                if (playing.get()) {
                    moveTo(millis);
                }
            }

            @Override
            public void ended() {
                // Only an end heard while playing moves to the end: a late one after a pause and a seek must not.
                if (playing.get()) {
                    playing.set(false);
                    moveTo(duration.get());
                }
            }

            @Override
            public void failed(String why) {
                ready.set(false);
                playing.set(false);
                problem.set(why + " Save recording… keeps it to play elsewhere.");
            }
        });
    }

    /** Places the loaded messages on the selected recording's timeline (again as pages arrive). */
    private void placeMessages() {
        Recording recording = selected.get();
        if (recording == null) {
            timeline.set(AudioTimeline.EMPTY);
            return;
        }
        List<AudioTimeline.Indexed> messages = new ArrayList<>(rows.size());
        for (TranscriptRow row : rows) {
            if (row instanceof TranscriptRow.MessageRow message) {
                messages.add(new AudioTimeline.Indexed(message.index(), message.message()));
            }
        }
        timeline.set(AudioTimeline.of(recording.startedAt(), messages));
        currentMessage.set(timeline.get().messageAt(position.get()));
    }

    private void stop() {
        if (player != null) {
            player.dispose();
            player = null;
        }
        if (audioFile != null) {
            try {
                Files.deleteIfExists(audioFile);
            } catch (IOException stillOpen) {
                LOG.log(Level.FINE, "recording file left for exit", stillOpen);
            }
            audioFile = null;
        }
        ready.set(false);
        playing.set(false);
        problem.set("");
        position.set(0);
        waveform.set(Waveform.NONE);
        channelsText.set("");
        currentMessage.set(-1);
        following.set(true);
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    public void togglePlay() {
        if (player == null || !ready.get()) {
            return;
        }
        if (playing.get()) {
            player.pause();
            playing.set(false);
        } else {
            if (position.get() >= duration.get() - 50) {
                seek(0);
            }
            player.play();
            playing.set(true);
        }
    }

    public void back() {
        seek(position.get() - STEP_MILLIS);
    }

    public void forward() {
        seek(position.get() + STEP_MILLIS);
    }

    public void slower() {
        int at = RATES.indexOf(rate.get());
        rate.set(RATES.get(Math.max(0, (at < 0 ? RATES.indexOf(1.0) : at) - 1)));
    }

    public void faster() {
        int at = RATES.indexOf(rate.get());
        rate.set(RATES.get(Math.min(RATES.size() - 1, (at < 0 ? RATES.indexOf(1.0) : at) + 1)));
    }

    /** Moves the audio to {@code millis} (kept within the recording) and the highlight with it. */
    public void seek(long millis) {
        long to = Math.max(0, Math.min(millis, duration.get()));
        if (player != null) {
            player.seek(to);
        }
        moveTo(to);
    }

    /** Plays from where message {@code messageIndex} was said; false when it has no place in the recording. */
    public boolean playFrom(int messageIndex) {
        long offset = timeline.get().offsetOf(messageIndex);
        if (offset < 0 || player == null) {
            return false;
        }
        following.set(true);
        seek(offset);
        if (!playing.get()) {
            togglePlay();
        }
        return true;
    }

    /** The user scrolled the list away from the message playing: it stops following until {@link #follow()}. */
    public void stopFollowing() {
        following.set(false);
    }

    public void follow() {
        following.set(true);
    }

    /**
     * Saves the recording as served (WAV or MP3) to {@code chosen}, fetched anew through a fresh link and moved into
     * place whole; the outcome is said in {@link #saveOutcomeProperty()}.
     */
    public void save(Path chosen) {
        Recording recording = selected.get();
        if (recording == null) {
            return;
        }
        saveOutcome.set("Saving…");
        api.get()
                .thenAcceptAsync(
                        recordingApi -> {
                            String outcome;
                            try {
                                new RecordingFetcher(recordingApi).save(recording, chosen, new CancelToken());
                                outcome = "Saved " + chosen.getFileName() + ".";
                            } catch (ApiException failure) {
                                outcome = "Not saved: " + failure.userMessage();
                            } catch (IOException failure) {
                                outcome = "Not saved: the file could not be written ("
                                        + failure.getClass().getSimpleName() + ").";
                            }
                            String said = outcome;
                            executors.fx().execute(() -> saveOutcome.set(said));
                        },
                        executors.background());
    }

    /** The window closes: nothing more is asked, the player and its file go. */
    public void close() {
        running.cancel();
        requests.dropAll();
        stop();
    }

    private void moveTo(long millis) {
        position.set(millis);
        int now = timeline.get().messageAt(millis);
        if (now != currentMessage.get()) {
            currentMessage.set(now);
        }
    }

    // ---- state ---------------------------------------------------------------------------------------------------

    /** Whether the conversation is a phone call: chats and SMS show no player at all. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** One quiet line: looking, fetching, or why there is no recording; empty when the player has its audio. */
    public StringProperty lineProperty() {
        return line;
    }

    public ObservableList<Recording> recordings() {
        return recordings;
    }

    public ObjectProperty<Recording> selectedProperty() {
        return selected;
    }

    /** How the recordings were found ("matched by time and number" says it is a guess). */
    public StringProperty matchTextProperty() {
        return matchText;
    }

    /** Which side is which in a dual-channel recording; empty for a single channel. */
    public StringProperty channelsTextProperty() {
        return channelsText;
    }

    public BooleanProperty readyProperty() {
        return ready;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public LongProperty positionProperty() {
        return position;
    }

    public LongProperty durationProperty() {
        return duration;
    }

    public DoubleProperty rateProperty() {
        return rate;
    }

    public DoubleProperty volumeProperty() {
        return volume;
    }

    /** Why the audio cannot play here, in plain words with what to do instead; empty when it can. */
    public StringProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<AudioTimeline> timelineProperty() {
        return timeline;
    }

    public ObjectProperty<Waveform> waveformProperty() {
        return waveform;
    }

    /** The index of the message playing, or -1. */
    public IntegerProperty currentMessageProperty() {
        return currentMessage;
    }

    public BooleanProperty followingProperty() {
        return following;
    }

    public StringProperty saveOutcomeProperty() {
        return saveOutcome;
    }
}
