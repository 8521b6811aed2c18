package com.transcriptviewer.transcript.find;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.concurrent.NewestRequest;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.transcript.TranscriptRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The matches of one query in a conversation whose messages arrive page by page. Each {@link #searchMore} searches
 * the messages loaded since the last batch, on the background executor and over a snapshot (messages are immutable),
 * so a long conversation never blocks the screen. One batch runs at a time, in conversation order, so matches only
 * ever grow at the end. Starting over (a new query, option or conversation) tells a batch still running to stop, and
 * its matches are dropped rather than mixed into the new search's. Called on the FX side only.
 */
final class IncrementalSearch {

    private final Executor background;
    private final NewestRequest searches;
    private final Runnable onBatchDone;

    private final List<FindMatch> matches = new ArrayList<>();
    /** The search under way; a batch of an older one is dropped. */
    private NewestRequest.Ticket request;

    private boolean running;
    /** Messages 0..searched-1 have been searched. */
    private int searched;

    private boolean capped;

    /** @param onBatchDone called on the FX side after a batch's matches were added (none may have been found) */
    IncrementalSearch(FxExecutors executors, Runnable onBatchDone) {
        this.background = executors.background();
        this.searches = new NewestRequest(executors.fx());
        this.onBatchDone = onBatchDone;
        this.request = searches.next();
    }

    /** Drops the matches and any batch still running: the next {@link #searchMore} starts from the first message. */
    void startOver() {
        request = searches.next();
        running = false;
        matches.clear();
        searched = 0;
        capped = false;
    }

    /**
     * Searches the messages of {@code rows} not searched yet for {@code query}, unless a batch is running (it is
     * called again once that batch is done) or {@link FindViewModel#MAX_MATCHES} have been found.
     */
    void searchMore(SearchQuery query, List<TranscriptRow> rows) {
        if (query.isEmpty() || running || capped) {
            return;
        }
        List<Message> batch = new ArrayList<>();
        for (int i = searched; i < rows.size(); i++) {
            if (!(rows.get(i) instanceof TranscriptRow.MessageRow row)) {
                break;
            }
            batch.add(row.message());
        }
        if (batch.isEmpty()) {
            return;
        }
        NewestRequest.Ticket ticket = request;
        int from = searched;
        int to = from + batch.size();
        int room = FindViewModel.MAX_MATCHES - matches.size();
        running = true;
        background.execute(() -> {
            // Once the search is started over, the rest of this batch would be dropped anyway: stop early.
            List<FindMatch> found = TranscriptSearch.find(batch, from, query, room, () -> !ticket.isNewest());
            ticket.apply(() -> batchDone(to, found));
        });
    }

    private void batchDone(int searchedTo, List<FindMatch> found) {
        running = false;
        matches.addAll(found);
        searched = searchedTo;
        capped = matches.size() >= FindViewModel.MAX_MATCHES;
        onBatchDone.run();
    }

    /** The matches found so far, in conversation order; a read-only view that grows as batches finish. */
    List<FindMatch> matches() {
        return Collections.unmodifiableList(matches);
    }

    /** Messages 0..searched()-1 have been searched. */
    int searched() {
        return searched;
    }

    /** True while a batch is being searched. */
    boolean isRunning() {
        return running;
    }

    /** True once {@link FindViewModel#MAX_MATCHES} were found: the search stops there. */
    boolean isCapped() {
        return capped;
    }
}
