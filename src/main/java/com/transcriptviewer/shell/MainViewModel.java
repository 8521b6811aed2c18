package com.transcriptviewer.shell;

import com.transcriptviewer.api.ActiveConnection;
import com.transcriptviewer.api.Connection;
import com.transcriptviewer.conversations.ConversationIdParser;
import com.transcriptviewer.conversations.RecentConversation;
import com.transcriptviewer.conversations.RecentConversationsViewModel;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.source.ApiTranscriptSource;
import com.transcriptviewer.source.FileTranscriptSource;
import com.transcriptviewer.source.TranscriptSource;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.ui.Theme;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The main window's own state: the id box, the data-source badge, the theme, a notice for the user. It opens
 * conversations by id from the API connection in use (waiting for it while it is being set up) and transcript files,
 * remembers what was opened, and opens the conversation on screen again when Settings replace the connection.
 */
public final class MainViewModel {

    private final TranscriptViewModel transcript;
    private final RecentConversationsViewModel recents;
    private final ActiveConnection connection;
    private final Function<Path, FileTranscriptSource> files;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final StringProperty idText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper idHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sourceBadge = new ReadOnlyStringWrapper("Connecting…");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private Function<CompletableFuture<Connection>, CompletableFuture<TranscriptSource>> sources =
            ready -> ready.thenApply(ApiTranscriptSource::new);
    /** Told of each transcript file opened, once it is on its way to the screen (the library keeps it). */
    private Consumer<FileTranscriptSource> fileOpened = file -> {};
    /** True while the conversation on screen came from the API connection (not from a file). */
    private boolean showingFromConnection;

    /**
     * @param connection where conversations opened by id come from; its readiness and replacements show in the
     *                   badge
     * @param files      makes the source for a transcript file
     */
    public MainViewModel(
            TranscriptViewModel transcript,
            RecentConversationsViewModel recents,
            ActiveConnection connection,
            Function<Path, FileTranscriptSource> files) {
        this.transcript = Objects.requireNonNull(transcript, "transcript");
        this.recents = Objects.requireNonNull(recents, "recents");
        this.connection = Objects.requireNonNull(connection, "connection");
        this.files = Objects.requireNonNull(files, "files");
        idText.addListener((obs, old, now) -> idHint.set(""));
        // Opened by id, the name is only known once the header arrives: fill it into the recent list then.
        transcript.conversationNameProperty().addListener((obs, old, name) -> {
            if (showingFromConnection) {
                recents.nameKnown(this.transcript.conversationIdProperty().get(), name);
            }
        });
        connection
                .ready()
                .whenComplete((ready, failure) -> sourceBadge.set(ready != null ? ready.badge() : "Not connected"));
        connection.onReplaced(this::connectionReplaced);
    }

    /** Opens whatever id the box holds (a bare id, a UUID inside a URL or a log line). */
    public void openFromIdBox() {
        Optional<String> id = ConversationIdParser.extract(idText.get());
        if (id.isEmpty()) {
            idHint.set("Paste a conversation id or a link that contains one.");
            return;
        }
        open(id.get());
    }

    public void open(String conversationId) {
        open(conversationId, "");
    }

    public void open(Conversation conversation) {
        open(conversation.id(), conversation.name());
    }

    public void open(RecentConversation recent) {
        open(recent.id(), recent.name());
    }

    private void open(String conversationId, String name) {
        idText.set(conversationId);
        idHint.set("");
        recents.opened(conversationId, name);
        showingFromConnection = true;
        // The pages are asked for off the FX thread: they need not wait for it to take the connection over.
        transcript.open(conversationSource(connection.readyOffFx()), conversationId);
    }

    /** Shows a transcript saved to a file; it is read off the FX thread and a bad file shows as an error. */
    public void openFile(Path file) {
        FileTranscriptSource source = files.apply(file);
        idText.set("");
        idHint.set("");
        showingFromConnection = false;
        transcript.open(source, source.displayId());
        fileOpened.accept(source);
    }

    /** Who is told of each transcript file opened from now on (the library, which keeps its conversation). */
    public void setFileOpened(Consumer<FileTranscriptSource> opened) {
        this.fileOpened = Objects.requireNonNull(opened, "opened");
    }

    /** Opens {@code conversationId} when nothing is open yet: the demo's first conversation at start. */
    public void openIfNothingShown(String conversationId) {
        if (transcript.conversationIdProperty().get().isEmpty()) {
            open(conversationId);
        }
    }

    /** The key or base URL changed: the conversation on screen, if it came from the old connection, loads again. */
    private void connectionReplaced(Connection fresh) {
        sourceBadge.set(fresh.badge());
        String open = transcript.conversationIdProperty().get();
        if (!open.isEmpty() && showingFromConnection) {
            transcript.open(conversationSource(CompletableFuture.completedFuture(fresh)), open);
        }
    }

    private CompletableFuture<TranscriptSource> conversationSource(CompletableFuture<Connection> ready) {
        return sources.apply(ready);
    }

    /**
     * Where conversations opened by id come from, given the connection (possibly still being made): the API's source
     * unless a feature puts itself in front of it (the library keeps what is opened and serves it again). For the
     * next conversation opened.
     */
    public void setConversationSources(
            Function<CompletableFuture<Connection>, CompletableFuture<TranscriptSource>> sources) {
        this.sources = Objects.requireNonNull(sources, "sources");
    }

    /** A sentence the user should see once (a settings file that had to be replaced, say). */
    public void showNotice(String text) {
        notice.set(text == null ? "" : text);
    }

    public void dismissNotice() {
        notice.set("");
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public RecentConversationsViewModel recents() {
        return recents;
    }

    public void toggleTheme() {
        theme.set(theme.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
    }

    public TranscriptViewModel transcript() {
        return transcript;
    }

    public StringProperty idTextProperty() {
        return idText;
    }

    public ReadOnlyStringProperty idHintProperty() {
        return idHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceBadgeProperty() {
        return sourceBadge.getReadOnlyProperty();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }
}
