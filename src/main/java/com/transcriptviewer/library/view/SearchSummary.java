package com.transcriptviewer.library.view;

import com.transcriptviewer.library.SearchResults;
import java.util.Locale;

/** The line above a search's results: how many are shown of how many match ("200 of 4,812 results (38 ms)"). */
final class SearchSummary {

    private SearchSummary() {}

    /**
     * @param shown    results in the list
     * @param known    what is known of how many match
     * @param counting whether the matches are being counted
     * @param millis   how long the first page took
     */
    static String of(int shown, SearchResults known, boolean counting, long millis) {
        if (known.matches() == 0 && !known.more()) {
            return "Nothing kept matches.";
        }
        String took = " (" + millis + " ms)";
        if (!known.more()) {
            String all = number(known.matches()) + (known.matches() == 1 ? " result" : " results");
            return (shown >= known.matches() ? all : number(shown) + " of " + all) + took;
        }
        if (counting) {
            return number(shown) + " of more than " + number(known.matches()) + " results, counting…" + took;
        }
        return number(shown) + " of more than " + number(known.matches()) + " results" + took;
    }

    private static String number(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
