package com.transcriptviewer.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A result's snippet: the run of words with the most phrases, in the column where they are, marked. */
class SearchSnippetTest {

    private static SearchCandidate candidate(String text, String functions, String arguments) {
        SearchCandidate candidate = new SearchCandidate(1);
        candidate.setColumns(text, functions, arguments);
        return candidate;
    }

    private static String snippet(SearchCandidate candidate, String query) {
        return SearchSnippet.of(candidate, SearchPhrase.of(SearchQuery.parse(query)))
                .text();
    }

    private static String marked(SearchCandidate candidate, String query) {
        SearchSnippet snippet = SearchSnippet.of(candidate, SearchPhrase.of(SearchQuery.parse(query)));
        return new SearchHit("c", "", "", "", 0, "user", null, snippet.text(), snippet.marks()).snippet("[", "]");
    }

    @Test
    void aShortTextIsWholeWithItsPunctuation() {
        assertThat(marked(candidate("Hi, I was charged twice on my March bill.", null, null), "\"charged twice\""))
                .isEqualTo("Hi, I was [charged twice] on my March bill.");
    }

    @Test
    void aLongTextIsCutAroundTheMatchesWithEllipses() {
        String text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
                + " sixteen refund seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour"
                + " twentyfive twentysix twentyseven twentyeight";

        String marked = marked(candidate(text, null, null), "refund");

        assertThat(marked).startsWith("…").endsWith("…").contains("[refund]");
        assertThat(marked.substring(1, marked.length() - 1).split(" ")).hasSize(SearchSnippet.WORDS);
    }

    @Test
    void theRunWithTheMostDifferentPhrasesWins() {
        String text = "refund at the start and then many other words that say nothing at all about anything,"
                + " then later the order and the refund together";

        assertThat(marked(candidate(text, null, null), "refund order")).contains("[order] and the [refund]");
    }

    @Test
    void aFunctionsNameIsShownWhenThatIsWhereTheMatchIs() {
        assertThat(marked(candidate("", "get_order_status", "{\"order_id\": \"A-1\"}"), "get_order_status"))
                .isEqualTo("[get_order_status]");
        assertThat(marked(candidate("", "lookup", "{\"order_id\": \"A-1\"}"), "A-1"))
                .isEqualTo("{\"order_id\": \"[A-1]\"}");
    }

    @Test
    void overlappingOccurrencesAreOneMark() {
        assertThat(marked(candidate("very very very good", null, null), "\"very very\""))
                .isEqualTo("[very very very] good");
    }

    @Test
    void withoutAMatchTheTextsStartIsShown() {
        assertThat(snippet(candidate("line one\nline two", null, null), "absent"))
                .isEqualTo("line one line two");
        assertThat(SearchSnippet.plain(candidate(null, "lookup", "{\"a\": 1}")).text())
                .isEqualTo("lookup {\"a\": 1}");
        assertThat(SearchSnippet.plain(candidate("x".repeat(500), null, null)).text())
                .hasSize(SearchSnippet.PLAIN_LENGTH);
        assertThat(SearchPhrase.of(SearchQuery.parse("--"))).isEmpty();
    }
}
