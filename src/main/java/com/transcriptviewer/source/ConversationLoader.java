package com.transcriptviewer.source;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The one way a conversation is loaded, by the window (scrolling, find, export, End) and by every headless command
 * alike: {@link #open} gives a {@link ConversationLoad} that fetches the header, the next page, or the rest a few
 * pages at a time, from any {@link TranscriptSource}, on the executor given here. Nothing blocks waiting: each step
 * starts when the one before it completes, including the source itself, which may still be being set up (the API
 * connection is made after the window's first frame).
 */
public final class ConversationLoader {

    /** Messages asked for per page: the API's maximum, so a long conversation takes the fewest requests. */
    public static final int DEFAULT_PAGE_SIZE = 100;
    /** Pages in flight at once while loading the rest of a conversation. */
    public static final int DEFAULT_CONCURRENCY = 4;

    private final Executor executor;
    private final int pageSize;
    private final int concurrency;

    /**
     * @param executor    runs the blocking page and header requests (the app's background threads)
     * @param pageSize    messages per page, 1..100
     * @param concurrency pages in flight at once while loading the rest, at least 1
     */
    public ConversationLoader(Executor executor, int pageSize, int concurrency) {
        this.executor = Objects.requireNonNull(executor, "executor");
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("page size must be 1..100: " + pageSize);
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1: " + concurrency);
        }
        this.pageSize = pageSize;
        this.concurrency = concurrency;
    }

    public ConversationLoader(Executor executor) {
        this(executor, DEFAULT_PAGE_SIZE, DEFAULT_CONCURRENCY);
    }

    /**
     * Starts loading conversation {@code conversationId} from {@code source}; nothing is fetched until asked.
     *
     * @param source the source, or a stage that completes with it once it is ready (a failed stage makes every
     *               request fail with a sentence saying the connection could not be set up)
     */
    public ConversationLoad open(CompletionStage<? extends TranscriptSource> source, String conversationId) {
        return new ConversationLoad(
                Objects.requireNonNull(source, "source").toCompletableFuture(),
                Objects.requireNonNull(conversationId, "conversationId"),
                executor,
                pageSize,
                concurrency);
    }

    /** {@link #open(CompletionStage, String)} for a source that is ready now (a file, a client). */
    public ConversationLoad open(TranscriptSource source, String conversationId) {
        return open(CompletableFuture.completedFuture(Objects.requireNonNull(source, "source")), conversationId);
    }

    public int pageSize() {
        return pageSize;
    }
}
