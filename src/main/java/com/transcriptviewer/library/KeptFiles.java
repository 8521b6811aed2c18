package com.transcriptviewer.library;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import com.transcriptviewer.source.FileIndexing;
import com.transcriptviewer.source.IndexProgress;
import com.transcriptviewer.source.TranscriptSource;
import com.transcriptviewer.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Transcript files kept in the library like the conversations opened by id, so that search and the analytics see them
 * too. A file says nothing of the API conversation it came from, so its conversation is known by what it holds:
 * {@value #ID_PREFIX} and the start of the SHA-256 of its messages' JSON (the same file opened again, or a copy, is
 * the same conversation; an edited one another), named "from file NAME" with the file's path in its metadata. It is
 * never asked of the API (not refreshed, never marked gone). Read in the background through {@link
 * BackgroundKeeping}, once the file is indexed, at most {@value LibraryTranscriptSource#MOST_MESSAGES} messages.
 */
public final class KeptFiles {

    private static final Logger LOG = Logger.getLogger(KeptFiles.class.getName());

    /** How a conversation kept from a file is known: this and 32 hex digits. */
    public static final String ID_PREFIX = "file-";

    /** The metadata key that holds the file's path. */
    public static final String FILE = "file";

    private static final int PAGE = 500;

    private final CompletableFuture<LibraryStore> library;
    private final BackgroundKeeping keeping;
    private final Clock clock;
    private final BiConsumer<String, String> status;

    /** @param status told (the file's name as the transcript shows it, line) when it was kept or could not be */
    public KeptFiles(
            CompletableFuture<LibraryStore> library,
            BackgroundKeeping keeping,
            Clock clock,
            BiConsumer<String, String> status) {
        this.library = Objects.requireNonNull(library, "library");
        this.keeping = Objects.requireNonNull(keeping, "keeping");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** Whether a kept conversation came from a file. */
    public static boolean isFile(String conversationId) {
        return conversationId.startsWith(ID_PREFIX);
    }

    /** "Kept 3 days ago · from file calls.json, not on the API". */
    static String keptWords(KeptConversation kept, Instant now) {
        return "Kept " + LibraryTranscriptSource.KeptWords.ago(kept.keptAt(), now) + " · "
                + kept.conversation().name() + ", not on the API";
    }

    /**
     * A file was opened: keeps its conversation in the background.
     *
     * @param shownAs the file's name as the transcript shows it (its conversation id there)
     */
    public void opened(TranscriptSource file, String shownAs, Path path) {
        keeping.submit(ID_PREFIX + path.toAbsolutePath(), running -> keep(file, shownAs, path, running));
    }

    private void keep(TranscriptSource file, String shownAs, Path path, BackgroundKeeping running)
            throws InterruptedException {
        LibraryStore store;
        try {
            store = library.get();
        } catch (ExecutionException noLibrary) {
            return;
        }
        // Indexed whole first (the app indexes it anyway): a file too long to keep is not read for nothing.
        Optional<FileIndexing> indexing = file.indexing();
        if (indexing.isPresent()) {
            IndexProgress indexed = indexed(indexing.get(), running);
            if (indexed == null) {
                return;
            }
            if (indexed.messages() > LibraryTranscriptSource.MOST_MESSAGES) {
                tooLong(shownAs);
                return;
            }
        }
        List<Message> messages = new ArrayList<>();
        MessageDigest digest = sha256();
        CancelToken cancel = running.cancelToken();
        try {
            for (int number = 1; ; number++) {
                if (!running.awaitTurn()) {
                    return;
                }
                Page<Message> page = file.page(shownAs, number, PAGE, cancel);
                for (Message message : page.items()) {
                    digest.update(json(message).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                }
                messages.addAll(page.items());
                if (messages.size() > LibraryTranscriptSource.MOST_MESSAGES) {
                    tooLong(shownAs);
                    return;
                }
                if (page.isLast()) {
                    break;
                }
            }
        } catch (ApiException e) {
            if (!cancel.isCancelled()) {
                status.accept(shownAs, "Not kept in the library: " + e.userMessage());
            }
            return;
        }
        if (messages.isEmpty()) {
            return;
        }
        String id = ID_PREFIX + HexFormat.of().formatHex(digest.digest(), 0, 16);
        Path name = path.getFileName();
        Conversation conversation = new Conversation(
                id,
                "from file " + (name == null ? path : name),
                messages.get(0).displayTime(),
                messages.get(messages.size() - 1).displayTime(),
                Map.of(FILE, path.toAbsolutePath().toString()));
        try {
            Optional<KeptConversation> before = store.conversation(id);
            if (before.isEmpty() || before.get().messageCount() != messages.size()) {
                store.keep(conversation, "", messages, clock.instant());
            }
            KeptConversation kept = store.conversation(id).orElseThrow();
            status.accept(shownAs, keptWords(kept, clock.instant()));
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "Couldn't keep a file's conversation in the library", e);
            status.accept(shownAs, "Not kept in the library: " + e.getMessage());
        }
    }

    /** The file's indexing once it is over; null when the keeping was closed first. */
    private static IndexProgress indexed(FileIndexing indexing, BackgroundKeeping running) throws InterruptedException {
        CompletableFuture<IndexProgress> over = new CompletableFuture<>();
        Consumer<IndexProgress> listener = progress -> {
            if (progress.isOver()) {
                over.complete(progress);
            }
        };
        indexing.addListener(listener);
        try {
            IndexProgress now = indexing.progress();
            if (now.isOver()) {
                return now;
            }
            try (CancelToken.Registration closed = running.cancelToken().onCancel(() -> over.complete(null))) {
                return over.get();
            } catch (ExecutionException impossible) {
                return null;
            }
        } finally {
            indexing.removeListener(listener);
        }
    }

    private static String json(Message message) {
        if (message.rawJson() != null) {
            try {
                return message.rawJson().text();
            } catch (IOException unreadable) {
                // Its text and calls below still tell it apart.
            }
        }
        return message.role().rawName() + "\u0000" + message.text() + "\u0000" + message.toolCalls();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The file is longer than the library keeps of a conversation: said once, whether its index or its pages told. */
    private void tooLong(String shownAs) {
        status.accept(
                shownAs,
                "Not kept in the library: the file holds more than " + LibraryTranscriptSource.MOST_MESSAGES
                        + " messages");
    }
}
