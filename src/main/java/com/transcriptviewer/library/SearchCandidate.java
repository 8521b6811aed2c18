package com.transcriptviewer.library;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A message that matched a search: what the index holds of it (its text, the names of the functions it calls and
 * their arguments), cut into words once for the ranking and the snippet, and where it is (read for the shown ones).
 */
final class SearchCandidate {

    /** The columns a match is looked for in, as the index names them. */
    static final int TEXT = 0;

    static final int FUNCTIONS = 1;
    static final int ARGUMENTS = 2;

    /** The newest first (by time, then by row id), for a search with filters only. */
    static final Comparator<SearchCandidate> NEWEST_FIRST = (a, b) -> {
        long first = a.sentAt == null ? Long.MIN_VALUE : LibraryStore.micros(a.sentAt);
        long second = b.sentAt == null ? Long.MIN_VALUE : LibraryStore.micros(b.sentAt);
        return first != second ? Long.compare(second, first) : Long.compare(b.id, a.id);
    };

    final long id;
    String conversationId;
    String conversationName;
    String channel;
    String assistantId;
    int messageIndex;
    String role;
    Instant sentAt;
    String[] columns = new String[3];
    private List<SearchWords.Word>[] words;
    double score;

    /** A match known by its row id; what it says and where it is are read as they are needed. */
    SearchCandidate(long id) {
        this.id = id;
    }

    void setColumns(String text, String functions, String arguments) {
        columns = new String[] {text, functions, arguments};
        words = null;
    }

    /** The words of a column ({@link #TEXT}, {@link #FUNCTIONS}, {@link #ARGUMENTS}), cut once. */
    @SuppressWarnings("unchecked")
    List<SearchWords.Word> words(int column) {
        if (words == null) {
            words = new List[columns.length];
        }
        if (words[column] == null) {
            words[column] = SearchWords.of(columns[column]);
        }
        return words[column];
    }

    /** The hit the results list shows, with a snippet of {@code snippet} marked. */
    SearchHit hit(SearchSnippet snippet) {
        return new SearchHit(
                conversationId,
                conversationName,
                channel,
                assistantId,
                messageIndex,
                role,
                sentAt,
                snippet.text(),
                snippet.marks());
    }
}
