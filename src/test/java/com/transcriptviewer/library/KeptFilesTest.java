package com.transcriptviewer.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.source.FileTranscriptSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transcript file opened is kept in the library, on a real library file: known by what it holds (the same file
 * again, or a copy, is one conversation; an edited one another), named after the file, searchable like the others.
 */
class KeptFilesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    @TempDir
    Path folder;

    private final Queue<Runnable> keepingThread = new ArrayDeque<>();
    private final BackgroundKeeping keeping = new BackgroundKeeping(keepingThread::add, Duration.ZERO);
    private final List<String> statuses = Collections.synchronizedList(new ArrayList<>());
    private LibraryStore library;
    private KeptFiles files;

    @BeforeEach
    void open() throws Exception {
        library = LibraryStore.open(folder.resolve("transcript-viewer.db"));
        files = new KeptFiles(
                CompletableFuture.completedFuture(library),
                keeping,
                Clock.fixed(NOW, ZoneOffset.UTC),
                (id, line) -> statuses.add(id + ": " + line));
    }

    @AfterEach
    void close() {
        keeping.close();
        library.close();
    }

    private Path write(String name, String... messageObjects) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, "{\"data\":[" + String.join(",", messageObjects) + "]}", StandardCharsets.UTF_8);
        return file;
    }

    private void open(Path file) {
        FileTranscriptSource source = new FileTranscriptSource(file, WireFormat.shared(), Runnable::run);
        files.opened(source, source.displayId(), file);
        while (!keepingThread.isEmpty()) {
            keepingThread.poll().run();
        }
    }

    private static final String[] CALL = {
        LibraryMessages.text("user", "My parcel never came", "2026-03-01T10:00:01Z"),
        LibraryMessages.call("call_1", "track_parcel", "{\"parcel\": \"P-77\"}", "2026-03-01T10:00:02Z"),
        LibraryMessages.text("tool", "{\"status\": \"lost\"}", "2026-03-01T10:00:03Z"),
        LibraryMessages.text("assistant", "It was lost, I am sorry.", "2026-03-01T10:00:04Z")
    };

    @Test
    void aFileIsKeptAsAConversationOfItsOwnAndFoundBySearch() throws Exception {
        Path file = write("calls.json", CALL);

        open(file);

        List<KeptConversation> kept = library.conversations(10);
        assertThat(kept).hasSize(1);
        KeptConversation conversation = kept.get(0);
        assertThat(conversation.id()).startsWith(KeptFiles.ID_PREFIX).hasSize(KeptFiles.ID_PREFIX.length() + 32);
        assertThat(conversation.conversation().name()).isEqualTo("from file calls.json");
        assertThat(conversation.conversation().metadata())
                .containsEntry(KeptFiles.FILE, file.toAbsolutePath().toString());
        assertThat(conversation.conversation().createdAt()).isEqualTo(Instant.parse("2026-03-01T10:00:01Z"));
        assertThat(conversation.messageCount()).isEqualTo(4);
        List<Message> messages = library.messages(conversation.id());
        assertThat(messages).extracting(Message::text).contains("My parcel never came", "It was lost, I am sorry.");
        assertThat(statuses).containsExactly("calls.json: Kept just now · from file calls.json, not on the API");
        assertThat(library.search(SearchQuery.parse("parcel function:track_parcel"), 10))
                .extracting(SearchHit::conversationId)
                .containsExactly(conversation.id());
    }

    @Test
    void theSameFileAgainOrACopyIsOneConversationAnEditedOneAnother() throws Exception {
        open(write("calls.json", CALL));
        open(write("copy of calls.json", CALL));
        assertThat(library.conversations(10)).hasSize(1);

        List<String> edited = new ArrayList<>(List.of(CALL));
        edited.add(LibraryMessages.text("user", "Thanks anyway", "2026-03-01T10:00:05Z"));
        open(write("calls.json", edited.toArray(String[]::new)));

        assertThat(library.conversations(10))
                .extracting(KeptConversation::messageCount)
                .containsExactlyInAnyOrder(4, 5);
    }

    @Test
    void aFileTooLongToKeepIsNotReadAndSaysSo() throws Exception {
        String[] many = new String[LibraryTranscriptSource.MOST_MESSAGES + 1];
        for (int i = 0; i < many.length; i++) {
            many[i] = "{\"role\":\"user\",\"text\":\"m" + i + "\"}";
        }

        open(write("huge.json", many));

        assertThat(library.conversations(10)).isEmpty();
        assertThat(statuses)
                .containsExactly("huge.json: Not kept in the library: the file holds more than 50000 messages");
    }

    @Test
    void aFileThatIsNoTranscriptIsNotKept() throws Exception {
        Path file = folder.resolve("notes.json");
        Files.writeString(file, "{\"hello\": ", StandardCharsets.UTF_8);

        open(file);

        assertThat(library.conversations(10)).isEmpty();
        assertThat(statuses).singleElement().asString().startsWith("notes.json: Not kept in the library: ");
    }
}
