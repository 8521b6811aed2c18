package com.transcriptviewer.library;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.text.SizeFormat;
import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The headless library commands: {@code --search} prints the best matches over every kept conversation (lines, or one
 * JSON document), {@code --sync} fetches conversations into the library with its progress on stderr. JavaFX-free.
 */
public final class LibraryCommand {

    /** Results printed by {@code --search}. */
    public static final int SEARCH_LIMIT = 50;

    /** Found something, or the sync kept everything it listed. */
    public static final int OK = 0;
    /** Nothing matched, or some conversations could not be fetched (the next sync tries them again). */
    public static final int NOTHING_OR_SOME_FAILED = 1;
    /** The query can't be read. */
    public static final int USAGE = 2;
    /** The library could not be read or written, or the sync could not go on. */
    public static final int FAILED = 3;
    /** Ctrl+C stopped the sync; the next one continues it. */
    public static final int CANCELLED = 130;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LibraryCommand() {}

    /** Searches the library; "[" and "]" mark the matches in the lines, JSON gives their ranges. */
    public static int search(
            LibraryStore library, String text, boolean json, ZoneId zone, PrintStream out, PrintStream err) {
        SearchQuery query;
        try {
            query = SearchQuery.parse(text);
        } catch (IllegalArgumentException e) {
            err.println("transcript-viewer: --search: " + e.getMessage());
            return USAGE;
        }
        if (query.isEmpty()) {
            err.println("transcript-viewer: --search needs words to look for, or a filter such as role:user.");
            return USAGE;
        }
        List<SearchHit> hits;
        try {
            hits = library.search(query, SEARCH_LIMIT);
        } catch (StoreException e) {
            err.println("transcript-viewer: " + e.getMessage());
            return FAILED;
        }
        if (json) {
            out.println(json(text, hits));
        } else {
            for (SearchHit hit : hits) {
                out.println(line(hit, zone));
            }
            if (hits.isEmpty()) {
                err.println("transcript-viewer: nothing in the library matches " + text + ".");
            }
        }
        return hits.isEmpty() ? NOTHING_OR_SOME_FAILED : OK;
    }

    /** "2025-05-02 09:15  Order A-10293 and store hours  c7e05b93-…  #3 user  …the [refund] on…". */
    static String line(SearchHit hit, ZoneId zone) {
        String when = hit.sentAt() == null ? "—" : WHEN.format(hit.sentAt().atZone(zone));
        String name = hit.conversationName() == null || hit.conversationName().isBlank()
                ? "(no name)"
                : hit.conversationName();
        return when + "  " + name + "  " + hit.conversationId() + "  #" + (hit.messageIndex() + 1) + " " + hit.role()
                + "  " + hit.snippet("[", "]");
    }

    private static String json(String text, List<SearchHit> hits) {
        ObjectNode root = JSON.createObjectNode();
        root.put("query", text);
        ArrayNode results = root.putArray("results");
        for (SearchHit hit : hits) {
            ObjectNode result = results.addObject();
            result.put("conversation_id", hit.conversationId());
            result.put("conversation_name", hit.conversationName());
            result.put("channel", hit.channel());
            result.put("assistant_id", hit.assistantId());
            result.put("message_index", hit.messageIndex());
            result.put("role", hit.role());
            result.put("sent_at", hit.sentAt() == null ? null : hit.sentAt().toString());
            result.put("snippet", hit.snippet());
            ArrayNode marks = result.putArray("marks");
            for (SearchHit.Mark mark : hit.marks()) {
                marks.addArray().add(mark.start()).add(mark.end());
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Syncs {@code request} (or continues its unfinished run), its progress on {@code err} once a second. */
    public static int sync(
            LibrarySync sync, SyncRequest request, CancelToken cancel, PrintStream out, PrintStream err) {
        err.println("transcript-viewer: syncing " + request.describe() + " into the library");
        long[] lastLine = {0};
        SyncOutcome outcome = sync.run(request, cancel, progress -> {
            long now = System.nanoTime();
            synchronized (lastLine) {
                if (now - lastLine[0] >= 1_000_000_000L) {
                    lastLine[0] = now;
                    err.println("transcript-viewer: " + SyncWords.progress(progress));
                }
            }
        });
        out.println(SyncWords.outcome(outcome));
        for (String failure : outcome.failures()) {
            err.println("transcript-viewer: could not fetch " + failure);
        }
        return switch (outcome.status()) {
            case FINISHED -> outcome.progress().failed() > 0 ? NOTHING_OR_SOME_FAILED : OK;
            case CANCELLED -> CANCELLED;
            case STOPPED -> FAILED;
        };
    }

    /** "1,204 conversations (3 the API no longer has), 52,118 messages, 41.2 MB": the library in one line. */
    public static String describe(LibraryCounts counts) {
        String gone = counts.gone() > 0 ? " (" + SizeFormat.count(counts.gone()) + " the API no longer has)" : "";
        return SizeFormat.count(counts.conversations())
                + (counts.conversations() == 1 ? " conversation" : " conversations")
                + gone + ", " + SizeFormat.count(counts.messages()) + " messages, "
                + SizeFormat.bytes(counts.diskBytes());
    }
}
