package com.transcriptviewer.transcript.find;

import com.transcriptviewer.text.SizeFormat;

/**
 * The words of the find bar: the counter ("3 of 17", "17 matches", "No matches") and the line saying how much of the
 * conversation the search covers ("Searching… 3,400 of 10,000 messages loaded", "Only 3,400 of 10,000 messages
 * searched"). Counts are grouped ("10,000"); a "+" says the search stopped at {@link FindViewModel#MAX_MATCHES}.
 */
final class FindTexts {

    private FindTexts() {}

    /** After the counter while the current match lies in personal data privacy mode hides. */
    static final String MASKED = " · masked (click to reveal)";

    /**
     * The counter for a query that is being searched.
     *
     * @param count matches found so far
     * @param current index of the current match, or -1 for none
     * @param capped whether the search stopped at the most matches it keeps, so there are more than {@code count}
     * @param moreComing whether matches may still be found (pages are loading or waiting to be searched)
     * @return "3 of 17" with a current match, "17 matches" without; "No matches" once the whole search found none,
     *     and nothing while none is found yet but more may come (the progress line says so)
     */
    static String counter(int count, int current, boolean capped, boolean moreComing) {
        String plus = capped ? "+" : "";
        if (count == 0) {
            return moreComing ? "" : "No matches";
        }
        if (current < 0) {
            return SizeFormat.count(count) + plus + (count == 1 && !capped ? " match" : " matches");
        }
        return SizeFormat.count(current + 1) + " of " + SizeFormat.count(count) + plus;
    }

    /**
     * How much of the conversation the search covers, while that is not all of it.
     *
     * @param loading whether the rest of the conversation is loading for the search
     * @param partial whether loading stopped before the end (cancelled, or a page failed)
     * @param failed whether it stopped because a page failed to load
     * @param loaded messages loaded (and so searched, or about to be)
     * @param total messages in the conversation, or negative when the API did not say
     * @return "Searching… 3,400 of 10,000 messages loaded" while loading; "Only 3,400 of 10,000 messages searched" or
     *     "A page failed to load; 3,400 of 10,000 messages searched" once stopped; nothing otherwise
     */
    static String progress(boolean loading, boolean partial, boolean failed, int loaded, long total) {
        String of = total >= 0 ? " of " + SizeFormat.count(total) : "";
        if (loading) {
            return "Searching… " + SizeFormat.count(loaded) + of + " messages loaded";
        }
        if (partial) {
            String covered = SizeFormat.count(loaded) + of + " messages searched";
            return failed ? "A page failed to load; " + covered : "Only " + covered;
        }
        return "";
    }
}
