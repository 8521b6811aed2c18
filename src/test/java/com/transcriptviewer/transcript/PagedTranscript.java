package com.transcriptviewer.transcript;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import com.transcriptviewer.model.PageMeta;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.source.TranscriptSource;
import com.transcriptviewer.testing.Fixtures;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A transcript view-model over a fixed list of messages served in pages, for view-model tests without a scene:
 * fetches wait in a queue until {@link #runBackground()}, FX work runs at once (the test is the FX thread).
 */
public final class PagedTranscript implements TranscriptSource {

    public static final Instant START = Instant.parse("2025-04-15T13:00:00Z");
    public static final String ID = "conversation-1";

    private final Map<String, List<Message>> conversations = new java.util.HashMap<>();
    private final Deque<Runnable> background = new ArrayDeque<>();
    private final List<Integer> pagesRequested = new ArrayList<>();
    private boolean failNext;
    private final TranscriptViewModel viewModel;

    public PagedTranscript(List<Message> messages, int pageSize) {
        conversations.put(ID, List.copyOf(messages));
        FxExecutors executors = new FxExecutors(background::add, Runnable::run, (delay, task) -> () -> {});
        viewModel = new TranscriptViewModel(this, executors, Fixtures.directContext(), pageSize);
    }

    /** Another conversation the same source serves. */
    public PagedTranscript with(String id, List<Message> messages) {
        conversations.put(id, List.copyOf(messages));
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
        viewModel.open(id);
        runBackground();
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
        return pagesRequested;
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
        failNext = true;
    }

    @Override
    public Page<Message> page(String conversationId, int number, int size, CancelToken cancel) throws ApiException {
        pagesRequested.add(number);
        if (failNext) {
            failNext = false;
            throw new ApiException(
                    ErrorKind.SERVER, "The Telnyx API had a problem (HTTP 500).", 500, null, List.of(), null, null);
        }
        List<Message> all = conversations.get(conversationId);
        int from = Math.min(all.size(), (number - 1) * size);
        int to = Math.min(all.size(), number * size);
        long pages = (all.size() + size - 1) / size;
        return new Page<>(
                all.subList(from, to),
                new PageMeta(pages, (long) all.size(), (long) number, (long) size),
                number,
                size);
    }

    @Override
    public Optional<Conversation> conversation(String conversationId, CancelToken cancel) {
        return Optional.empty();
    }

    @Override
    public String label() {
        return "test data";
    }
}
