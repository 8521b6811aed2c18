package com.transcriptviewer.shell;

import com.transcriptviewer.conversations.ConversationIdParser;
import com.transcriptviewer.conversations.ConversationListViewModel;
import com.transcriptviewer.conversations.RecentConversation;
import com.transcriptviewer.conversations.RecentConversationsViewModel;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.source.FileTranscriptSource;
import com.transcriptviewer.source.TranscriptSource;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.ui.Theme;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The main window's own state: the id box, the data-source badge, the theme, a notice for the user; it opens
 * conversations (from the API connection in use) and transcript files in the transcript, remembers what was opened,
 * and hands "open settings" requests to whoever can show the dialog.
 */
public final class MainViewModel {

    private final TranscriptViewModel transcript;
    private final ConversationListViewModel conversations;
    private final RecentConversationsViewModel recents;
    private final java.util.function.Function<Path, FileTranscriptSource> files;
    private TranscriptSource conversationSource;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final StringProperty idText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper idHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sourceBadge = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private Runnable settingsOpener = () -> {};
    private Runnable aboutOpener = () -> {};

    /**
     * @param conversationSource where conversations opened by id come from (the API connection in use)
     * @param files              makes the source for a transcript file
     */
    public MainViewModel(
            TranscriptViewModel transcript,
            ConversationListViewModel conversations,
            RecentConversationsViewModel recents,
            TranscriptSource conversationSource,
            java.util.function.Function<Path, FileTranscriptSource> files) {
        this.transcript = Objects.requireNonNull(transcript, "transcript");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.recents = Objects.requireNonNull(recents, "recents");
        this.conversationSource = Objects.requireNonNull(conversationSource, "conversationSource");
        this.files = Objects.requireNonNull(files, "files");
        idText.addListener((obs, old, now) -> idHint.set(""));
        // Opened by id, the name is only known once the header arrives: fill it into the recent list then.
        transcript.conversationNameProperty().addListener((obs, old, name) -> {
            if (this.transcript.sourceLabel().equals(this.conversationSource.label())) {
                recents.nameKnown(this.transcript.conversationIdProperty().get(), name);
            }
        });
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
        transcript.open(conversationSource, conversationId);
    }

    /** Shows a transcript saved to a file; it is read off the FX thread and a bad file shows as an error. */
    public void openFile(Path file) {
        FileTranscriptSource source = files.apply(file);
        idText.set("");
        idHint.set("");
        transcript.open(source, source.displayId());
    }

    /**
     * The connection changed (new key or base URL): conversations come from {@code source} from now on, and the one
     * on screen, if it came from the old connection, is opened again from the new one.
     */
    public void useConversationSource(TranscriptSource source, String badge) {
        TranscriptSource old = conversationSource;
        conversationSource = Objects.requireNonNull(source, "source");
        setSourceBadge(badge);
        String open = transcript.conversationIdProperty().get();
        if (!open.isEmpty() && transcript.sourceLabel().equals(old.label())) {
            transcript.open(source, open);
        }
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

    public void openAbout() {
        aboutOpener.run();
    }

    public void setAboutOpener(Runnable opener) {
        this.aboutOpener = Objects.requireNonNull(opener, "opener");
    }

    public void openSettings() {
        settingsOpener.run();
    }

    public void setSettingsOpener(Runnable opener) {
        this.settingsOpener = Objects.requireNonNull(opener, "opener");
    }

    public void setSourceBadge(String text) {
        sourceBadge.set(text == null ? "" : text);
    }

    public TranscriptViewModel transcript() {
        return transcript;
    }

    public ConversationListViewModel conversations() {
        return conversations;
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
