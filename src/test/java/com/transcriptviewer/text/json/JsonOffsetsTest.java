package com.transcriptviewer.text.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.text.TextMarks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonOffsetsTest {

    private final JsonFormatter formatter = new JsonFormatter();

    private String pretty(String raw) {
        return formatter.format(raw).formatted().orElseThrow().text();
    }

    /** Marks every occurrence of {@code query} in {@code raw}, the one at {@code current} current. */
    private static TextMarks marksOf(String raw, String query, int current) {
        List<TextMarks.Range> ranges = new ArrayList<>();
        for (int at = raw.indexOf(query); at >= 0; at = raw.indexOf(query, at + query.length())) {
            ranges.add(new TextMarks.Range(at, at + query.length()));
        }
        return new TextMarks(ranges, current);
    }

    private static List<String> marked(String text, TextMarks marks) {
        return marks.ranges().stream()
                .map(r -> text.substring(r.start(), r.end()))
                .toList();
    }

    @Test
    void tokensKeepTheirTextInThePrettyPrintedJson() {
        String raw = "{\"kind\":\"ticket\",\"refs\":[\"ticket\",12],\"note\":\"a ticket\"}";
        String pretty = pretty(raw);
        TextMarks mapped = JsonOffsets.toFormatted(raw, pretty, marksOf(raw, "ticket", 1));

        assertThat(marked(pretty, mapped)).containsExactly("ticket", "ticket", "ticket");
        assertThat(mapped.current()).isEqualTo(1);
        assertThat(mapped.ranges().get(1).start()).isEqualTo(pretty.indexOf("ticket", pretty.indexOf("refs")));
    }

    @Test
    void aRangeAcrossTokensSpansTheSameTokensWithTheNewWhitespace() {
        String raw = "{\"kind\":\"ticket\"}";
        String pretty = pretty(raw);
        TextMarks mapped = JsonOffsets.toFormatted(raw, pretty, marksOf(raw, "\"kind\":\"ticket\"", 0));
        assertThat(marked(pretty, mapped)).containsExactly("\"kind\": \"ticket\"");
    }

    @Test
    void whitespaceInsideStringsIsKeptAndWhitespaceBetweenTokensIsNot() {
        String raw = "  {  \"a b\" :   \"c  d\" }";
        String pretty = pretty(raw);
        assertThat(marked(pretty, JsonOffsets.toFormatted(raw, pretty, marksOf(raw, "c  d", 0))))
                .containsExactly("c  d");
        TextMarks onlySpace = JsonOffsets.toFormatted(raw, pretty, marksOf(raw, "   ", 0));
        assertThat(onlySpace.ranges())
                .allSatisfy(range -> assertThat(range.end()).isEqualTo(range.start()));
    }

    @Test
    void escapedQuotesDoNotEndAString() {
        String raw = "{\"say\":\"he said \\\"hi there\\\" \",\"n\":1}";
        String pretty = pretty(raw);
        assertThat(marked(pretty, JsonOffsets.toFormatted(raw, pretty, marksOf(raw, "hi there", 0))))
                .containsExactly("hi there");
    }

    @Test
    void sameTextKeepsTheMarks() {
        TextMarks marks = new TextMarks(List.of(new TextMarks.Range(1, 3)), 0);
        assertThat(JsonOffsets.toFormatted("not json", "not json", marks)).isSameAs(marks);
    }

    @Test
    void textNotPrintedFromTheRawGetsNoMarks() {
        TextMarks marks = new TextMarks(List.of(new TextMarks.Range(1, 3)), 0);
        assertThat(JsonOffsets.toFormatted("{\"a\":1}", "{\n  \"b\": 1\n}", marks))
                .isEqualTo(TextMarks.NONE);
    }
}
