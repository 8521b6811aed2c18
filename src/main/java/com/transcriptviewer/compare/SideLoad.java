package com.transcriptviewer.compare;

import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.assistant.AssistantFiles;
import com.transcriptviewer.assistant.AssistantFormatException;
import com.transcriptviewer.assistant.AssistantResolver;
import com.transcriptviewer.assistant.ConversationChecks;
import com.transcriptviewer.assistant.Resolution;
import com.transcriptviewer.assistant.ToolCallChecker;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCallChecks;
import com.transcriptviewer.source.ConversationLoad;
import com.transcriptviewer.source.ConversationLoader;
import com.transcriptviewer.source.TranscriptSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;

/**
 * Loads one side of a comparison whole, through the app's one {@link ConversationLoader} (the same pages, rate limits
 * and errors as the transcript), then checks its calls against its assistant as the transcript's checks do: the
 * version the conversation names, else the current assistant; a transcript file against the assistant file chosen
 * for it. Nothing here blocks the caller: the future completes on the background executor.
 */
public final class SideLoad {

    private final ConversationLoader loader;
    private final Executor background;
    private final AssistantFiles files;
    private final ToolCallChecker checker = new ToolCallChecker();
    /** One resolver per API client, so what the API answered about an assistant is asked once per session. */
    private final Map<TelnyxClient, AssistantResolver> resolvers = new WeakHashMap<>();

    /** @param files the assistant files chosen for transcript files; null when there are none */
    public SideLoad(ConversationLoader loader, Executor background, AssistantFiles files) {
        this.loader = loader;
        this.background = background;
        this.files = files;
    }

    /** A side being loaded; {@link #cancel()} stops its requests and fails its future with CANCELLED. */
    public static final class Running {
        private final ConversationLoad load;
        private final CancelToken cancel;
        private final CompletableFuture<ComparedConversation> done;

        private Running(ConversationLoad load, CancelToken cancel, CompletableFuture<ComparedConversation> done) {
            this.load = load;
            this.cancel = cancel;
            this.done = done;
        }

        public CompletableFuture<ComparedConversation> done() {
            return done;
        }

        public void cancel() {
            cancel.cancel();
            load.cancel();
        }
    }

    /**
     * Starts loading {@code conversationId} from {@code source}; {@code onMessages} hears how many messages are in so
     * far, from the loader's threads. The future fails with the loader's {@code ApiException} (read it with
     * {@link ConversationLoad#failure}).
     */
    public Running start(
            CompletionStage<? extends TranscriptSource> source, String conversationId, IntConsumer onMessages) {
        ConversationLoad load = loader.open(source, conversationId);
        CancelToken cancel = new CancelToken();
        List<Message> messages = new ArrayList<>();
        CompletableFuture<ComparedConversation> done = load.rest(page -> {
                    synchronized (messages) {
                        messages.addAll(page.items());
                        onMessages.accept(messages.size());
                    }
                })
                .thenCompose(all -> load.header())
                .thenApplyAsync(
                        header -> {
                            List<Message> whole;
                            synchronized (messages) {
                                whole = List.copyOf(messages);
                            }
                            TranscriptSource ready = load.source().join();
                            Resolution resolution = resolve(ready, header, cancel);
                            ToolCallChecks checks = ConversationChecks.check(whole, 0, resolution, checker);
                            return new ComparedConversation(
                                    conversationId,
                                    header.map(Conversation::name).orElse(""),
                                    whole,
                                    checks);
                        },
                        background);
        return new Running(load, cancel, done);
    }

    /** Blocking: the assistant this side's calls are checked against, or why there is none. */
    private Resolution resolve(TranscriptSource source, Optional<Conversation> header, CancelToken cancel) {
        Optional<TelnyxClient> client = source.apiClient();
        if (client.isPresent()) {
            AssistantResolver resolver;
            synchronized (resolvers) {
                resolver = resolvers.computeIfAbsent(client.get(), AssistantResolver::new);
            }
            return header.map(h -> resolver.resolve(h, cancel))
                    .orElseGet(() -> Resolution.none("the conversation's details could not be read."));
        }
        Optional<Path> file = source.file();
        if (file.isPresent() && files != null) {
            Optional<Path> assistant = files.assistantFor(file.get());
            if (assistant.isPresent()) {
                try {
                    return Resolution.of(
                            AssistantFiles.read(assistant.get()),
                            "Checked against " + assistant.get().getFileName() + ".");
                } catch (AssistantFormatException e) {
                    return Resolution.none(e.getMessage() + ".");
                }
            }
        }
        return Resolution.none("this source names no assistant.");
    }
}
