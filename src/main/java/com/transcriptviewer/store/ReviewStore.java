package com.transcriptviewer.store;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewProgress;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where QA verdicts are kept: the embedded database on this computer, or a team's PostgreSQL server with the embedded
 * database as its outbox. Every method blocks on the database: call it off the FX thread. Methods are safe to call
 * from several threads at once.
 */
public interface ReviewStore extends AutoCloseable {

    /**
     * Saves one entry. When this returns the entry is on disk (it survives a crash or a kill from then on); with a team
     * server it is sent at once, or kept in the outbox and sent when the server is back. Saving the same
     * {@link ReviewEntry#eventId()} twice stores it once. What is stored is the entry with every U+0000 in its text
     * replaced by U+FFFD (PostgreSQL's text cannot hold U+0000, and both databases keep the same) and its time cut to
     * the microsecond; every other character is kept exactly. A tool call's entry must have a verdict
     * ({@link IllegalArgumentException} otherwise).
     */
    void save(ReviewEntry entry) throws StoreException;

    /** The latest entry of every reviewer on every item of a conversation (with a team server: every reviewer's). */
    List<ReviewEntry> latest(String conversationId) throws StoreException;

    /** Every entry on one item, all reviewers, oldest first: the item's history. */
    List<ReviewEntry> history(String conversationId, String itemKey) throws StoreException;

    /** Records how many tool calls a conversation has, once it is known (for the browser's progress). */
    void recordToolCallCount(String conversationId, int toolCalls) throws StoreException;

    /** One reviewer's progress on each of the given conversations (conversations never reviewed included). */
    Map<String, ReviewProgress> progress(Collection<String> conversationIds, String reviewer) throws StoreException;

    /** Every label used so far on any conversation, for completion, sorted. */
    List<String> labels() throws StoreException;

    /** The entries an export asks for: with {@link ReviewFilter#latestOnly()}, each reviewer's latest per item. */
    List<ReviewEntry> entries(ReviewFilter filter) throws StoreException;

    /** Where verdicts go now, and whether anything waits to be sent. */
    StoreStatus status();

    /** Called (on a store thread) whenever {@link #status()} changes; returns a handle that stops the calls. */
    AutoCloseable onStatusChange(Consumer<StoreStatus> listener);

    /** Stops sending and closes the database; entries not yet sent stay in the outbox for the next start. */
    @Override
    void close();
}
