package com.transcriptviewer.transcript;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.source.ConversationLoader;
import com.transcriptviewer.testing.FakeTranscriptSource;
import com.transcriptviewer.testing.Fixtures;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A transcript view-model over a fixed list of messages served in pages (a {@link FakeTranscriptSource}), for
 * view-model tests without a scene: fetches wait in a queue until {@link #runBackground()}, FX work runs at once (the
 * test is the FX thread).
 */
public final class PagedTranscript {

    public static final Instant START = Instant.parse("2025-04-15T13:00:00Z");
    public static final String ID = "conversation-1";

    private final FakeTranscriptSource source = new FakeTranscriptSource();
    private final Deque<Runnable> background = new ArrayDeque<>();
    private final TranscriptViewModel viewModel;

    public PagedTranscript(List<Message> messages, int pageSize) {
        source.add(ID, messages);
        FxExecutors executors = new FxExecutors(background::add, Runnable::run, (delay, task) -> () -> {});
        viewModel = new TranscriptViewModel(
                new ConversationLoader(background::add, pageSize, ConversationLoader.DEFAULT_CONCURRENCY),
                executors,
                Fixtures.directContext());
    }

    /** Another conversation the same source serves. */
    public PagedTranscript with(String id, List<Message> messages) {
        source.add(id, messages);
        return this;
    }

    public TranscriptViewModel viewModel() {
        return viewModel;
    }

    /** Opens the conversation and applies its first page. */
    public PagedTranscript open() {
        return open(ID);
    }

    public PagedTranscript open(String id) {
        viewModel.open(source, id);
        runBackground();
        return this;
    }

    /** Opens the conversation; its first page waits for {@link #runBackground()}. */
    public PagedTranscript openWaiting() {
        viewModel.open(source, ID);
        return this;
    }

    /** Runs every queued fetch, including those queued while running. */
    public void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    public boolean hasPendingWork() {
        return !background.isEmpty();
    }

    /** Page numbers fetched so far, in order. */
    public List<Integer> pagesRequested() {
        return source.requests().stream()
                .map(request -> Integer.parseInt(request.substring(request.lastIndexOf('#') + 1)))
                .toList();
    }

    /** A message {@code seconds} after {@link #START} (sent then). */
    public static Message message(Role role, String text, double seconds, ToolCall... calls) {
        Instant at = START.plusMillis(Math.round(seconds * 1000));
        return new Message(role, text, List.of(calls), at, at, Map.of());
    }

    public static ToolCall call(String id, String function) {
        return new ToolCall(id, "function", function, "{}");
    }

    /** The next page fetch fails with a server error. */
    public void failNextPage() {
        source.failNextRequest(FakeTranscriptSource.serverError());
    }
}
