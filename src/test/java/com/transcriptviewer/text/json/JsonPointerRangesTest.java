package com.transcriptviewer.text.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.text.TextMarks;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JSON Pointers mapped onto the pretty-printed arguments a card shows, and onto raw text. */
class JsonPointerRangesTest {

    private static final String BOOKING = "{\"patient\":{\"name\":\"Maria Gonzalez\",\"phone\":\"+13125550187\"},"
            + "\"party_size\":\"4\",\"slots\":[\"13:30\",{\"at\":\"15:00\",\"room\":2}],\"notes\":null,"
            + "\"a/b\":1,\"m~n\":2,\"caf\\u00e9\":3}";

    private static String pretty(String raw) {
        return new JsonFormatter().format(raw).formatted().orElseThrow().text();
    }

    /** The text the pointer marks in the pretty-printed booking; null when nothing. */
    private static String marked(String pointer) {
        return marked(pretty(BOOKING), pointer);
    }

    private static String marked(String json, String pointer) {
        Optional<TextMarks.Range> range = JsonPointerRanges.rangeOf(json, pointer);
        return range.map(r -> json.substring(r.start(), r.end())).orElse(null);
    }

    @Test
    void aPropertyMarksItsKeyWithItsQuotes() {
        assertThat(marked("/party_size")).isEqualTo("\"party_size\"");
        assertThat(marked("/patient/phone")).isEqualTo("\"phone\"");
        assertThat(marked("/notes")).isEqualTo("\"notes\"");
    }

    @Test
    void theRangeIsWhereTheKeyIsInThePrettyPrintedText() {
        String pretty = pretty(BOOKING);
        TextMarks.Range range =
                JsonPointerRanges.rangeOf(pretty, "/patient/name").orElseThrow();
        assertThat(range.start()).isEqualTo(pretty.indexOf("\"name\""));
        assertThat(range.end()).isEqualTo(range.start() + "\"name\"".length());
    }

    @Test
    void anArrayItemMarksItsValue() {
        assertThat(marked("/slots/0")).isEqualTo("\"13:30\"");
        assertThat(marked("/slots/1")).isEqualTo("{\n      \"at\": \"15:00\",\n      \"room\": 2\n    }");
        assertThat(marked("/slots/1/room")).isEqualTo("\"room\"");
    }

    @Test
    void theEmptyPointerMarksTheWholeText() {
        String pretty = pretty(BOOKING);
        assertThat(marked(pretty, "")).isEqualTo(pretty);
        assertThat(marked("  [1, 2]\n", "")).isEqualTo("[1, 2]");
    }

    @Test
    void escapedTokensAndEscapedKeysMatch() {
        assertThat(marked("/a~1b")).isEqualTo("\"a/b\"");
        assertThat(marked("/m~0n")).isEqualTo("\"m~n\"");
        assertThat(marked("/café")).isEqualTo("\"caf\\u00e9\"");
        assertThat(marked("{\"say \\\"hi\\\"\":1}", "/say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
    }

    @Test
    void aMissingPropertyMarksTheKeyOfTheObjectItIsMissingFrom() {
        assertThat(marked("/patient/email")).isEqualTo("\"patient\"");
        assertThat(marked("/slots/1/floor")).as("an item has no key: its brace").isEqualTo("{");
        assertThat(marked("/slots/5")).as("past the end of the array").isEqualTo("\"slots\"");
        assertThat(marked("/slots/-")).isEqualTo("\"slots\"");
        assertThat(marked("/slots/01"))
                .as("not an index as RFC 6901 writes one")
                .isEqualTo("\"slots\"");
    }

    @Test
    void aMissingPropertyOfTheArgumentsMarksTheirOpeningBrace() {
        String pretty = pretty(BOOKING);
        assertThat(JsonPointerRanges.rangeOf(pretty, "/email")).contains(new TextMarks.Range(0, 1));
        assertThat(marked("{}", "/email")).isEqualTo("{");
    }

    @Test
    void aPointerIntoAPlainValueMarksThatValuesKey() {
        assertThat(marked("/party_size/digits")).isEqualTo("\"party_size\"");
        assertThat(marked("/notes/0")).isEqualTo("\"notes\"");
        assertThat(marked("/patient/name/first/x")).isEqualTo("\"name\"");
    }

    @Test
    void theLastOfARepeatedKeyCounts() {
        String json = "{\"a\":1,\"a\":2}";
        assertThat(JsonPointerRanges.rangeOf(json, "/a")).contains(new TextMarks.Range(7, 10));
    }

    @Test
    void rawTextWithAnySpacingWorksToo() {
        String raw = " { \"x\" :\t[ 1 ,\n 2 ] , \"y\":{ } } ";
        assertThat(marked(raw, "/x/1")).isEqualTo("2");
        assertThat(marked(raw, "/y")).isEqualTo("\"y\"");
        assertThat(marked(raw, "/y/z")).isEqualTo("\"y\"");
    }

    @Test
    void bracketsAndQuotesInsideStringsDoNotConfuseTheWalk() {
        String json = "{\"note\":\"a } ] \\\" [ {\",\"after\":[\"]\",{\"k\":\"}\"}],\"last\":true}";
        assertThat(marked(json, "/last")).isEqualTo("\"last\"");
        assertThat(marked(json, "/after/1/k")).isEqualTo("\"k\"");
    }

    @Test
    void deepNestingNeedsNoStack() {
        int depth = 100_000;
        String deep = "[".repeat(depth) + "\"bottom\"" + "]".repeat(depth);
        String json = "{\"deep\":" + deep + ",\"after\":1}";
        assertThat(marked(json, "/after")).isEqualTo("\"after\"");
        assertThat(marked(json, "/deep/0/0")).startsWith("[[").endsWith("]]");
    }

    @Test
    void noRangeForWhatIsNotAPointerOrNotJson() {
        assertThat(JsonPointerRanges.rangeOf(BOOKING, "party_size")).isEmpty();
        assertThat(JsonPointerRanges.rangeOf(BOOKING, null)).isEmpty();
        assertThat(JsonPointerRanges.rangeOf(null, "/a")).isEmpty();
        assertThat(JsonPointerRanges.rangeOf("", "")).isEmpty();
        assertThat(JsonPointerRanges.rangeOf("{\"a\":", "/a")).isEmpty();
        assertThat(JsonPointerRanges.rangeOf("{\"a\" 1}", "/a")).isEmpty();
        assertThat(JsonPointerRanges.rangeOf("{\"a\":\"open", "/b")).isEmpty();
    }

    @Test
    void segmentsAreUnescapedInTheRightOrder() {
        assertThat(JsonPointerRanges.segments("/~01/a~1b//")).containsExactly("~1", "a/b", "", "");
        assertThat(JsonPointerRanges.segments("")).isEmpty();
    }
}
