package com.transcriptviewer.library;

import java.util.List;

/**
 * A page of a library search's results, and how many messages match as far as is known.
 *
 * @param hits    the page, best first
 * @param offset  the place of its first hit among all results (0 first)
 * @param matches how many messages match: all of them, or when {@code more}, as many as were read or counted
 * @param more    whether more than {@code matches} match
 */
public record SearchResults(List<SearchHit> hits, int offset, int matches, boolean more) {

    /** Matches counted at most (see {@link LibraryStore#count}): a common word's count walks all its matches. */
    public static final int COUNTED = 5_000;

    static final SearchResults NONE = new SearchResults(List.of(), 0, 0, false);

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** Whether there are results after this page. */
    public boolean hasMore() {
        return more || offset + hits.size() < matches;
    }

    /** These results with the number of matches counted up to {@code COUNTED + 1} (more than COUNTED: that many). */
    public SearchResults counted(int counted) {
        return new SearchResults(hits, offset, Math.min(counted, COUNTED), counted > COUNTED);
    }
}
