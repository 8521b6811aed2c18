package com.transcriptviewer.source;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A source that is still being set up (the connection is built while the window first paints). Calls wait for it
 * off the FX thread, as the view-model makes them, and give up at once when their request is cancelled.
 */
public final class DeferredTranscriptSource implements TranscriptSource {

    private static final long POLL_MILLIS = 50;

    private final CompletableFuture<? extends TranscriptSource> pending;
    private final String labelWhileWaiting;

    public DeferredTranscriptSource(CompletableFuture<? extends TranscriptSource> pending, String labelWhileWaiting) {
        this.pending = Objects.requireNonNull(pending, "pending");
        this.labelWhileWaiting = Objects.requireNonNull(labelWhileWaiting, "labelWhileWaiting");
    }

    @Override
    public Page<Message> page(String conversationId, int pageNumber, int pageSize, CancelToken cancel)
            throws ApiException {
        return await(cancel).page(conversationId, pageNumber, pageSize, cancel);
    }

    @Override
    public Optional<Conversation> conversation(String conversationId, CancelToken cancel) throws ApiException {
        return await(cancel).conversation(conversationId, cancel);
    }

    @Override
    public String label() {
        TranscriptSource ready = pending.getNow(null);
        return ready == null ? labelWhileWaiting : ready.label();
    }

    private TranscriptSource await(CancelToken cancel) throws ApiException {
        while (true) {
            if (cancel.isCancelled()) {
                throw new ApiException(ErrorKind.CANCELLED, "Cancelled.", 0, null, List.of(), null, null);
            }
            try {
                return pending.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillWaiting) {
                // Check the cancel token again, then keep waiting.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiException(ErrorKind.CANCELLED, "Cancelled.", 0, null, List.of(), null, e);
            } catch (ExecutionException e) {
                throw new ApiException(
                        ErrorKind.NETWORK,
                        "The viewer could not set up its connection ("
                                + e.getCause().getClass().getSimpleName() + ").",
                        0,
                        null,
                        List.of(),
                        null,
                        e.getCause());
            }
        }
    }
}
