package com.transcriptviewer.text.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFormatterTest {

    private final JsonFormatter formatter = new JsonFormatter();

    private FormattedJson valid(String raw) {
        JsonFormatResult result = formatter.format(raw);
        assertThat(result.isValid()).as("valid: %s", result).isTrue();
        return result.formatted().orElseThrow();
    }

    private JsonSyntaxError invalid(String raw) {
        JsonFormatResult result = formatter.format(raw);
        assertThat(result.isValid()).as("invalid: %s", raw).isFalse();
        return result.error().orElseThrow();
    }

    @Test
    void prettyPrintsAnObjectWithTwoSpaceIndent() {
        FormattedJson json = valid("{\"to\":\"+13125550100\",\"name\":\"Sales\",\"n\":[1,2],\"ok\":true,\"x\":null}");
        assertThat(json.text()).isEqualTo("""
                {
                  "to": "+13125550100",
                  "name": "Sales",
                  "n": [
                    1,
                    2
                  ],
                  "ok": true,
                  "x": null
                }""");
        assertThat(json.lineCount()).isEqualTo(10);
    }

    @Test
    void scalarsAtTopLevelAreValid() {
        assertThat(valid("  42 ").text()).isEqualTo("42");
        assertThat(valid("\"hi\"").text()).isEqualTo("\"hi\"");
        assertThat(valid("false").text()).isEqualTo("false");
        assertThat(valid("null").lineCount()).isEqualTo(1);
    }

    @Test
    void emptyContainersStayOnOneLine() {
        assertThat(valid("{ }").text()).isEqualTo("{}");
        assertThat(valid("[\n]").text()).isEqualTo("[]");
        assertThat(valid("{\"a\":{},\"b\":[]}").text()).isEqualTo("{\n  \"a\": {},\n  \"b\": []\n}");
    }

    @Test
    void numbersAreKeptExactlyAsWritten() {
        String raw = "[0.1000000000000000055511151231257827,1E+400,-0,12345678901234567890123,2.50e-3]";
        FormattedJson json = valid(raw);
        assertThat(json.text())
                .contains("0.1000000000000000055511151231257827", "1E+400", "-0", "12345678901234567890123", "2.50e-3");
    }

    @Test
    void stringsKeepTheirEscapesAndUnicodeVerbatim() {
        String raw = "{\"k\\u00e9y\":\"line\\nbreak \\\"quoted\\\" \\/ \\ud83d\\ude00 Ж 日本 😀\"}";
        FormattedJson json = valid(raw);
        assertThat(json.text())
                .isEqualTo("{\n  \"k\\u00e9y\": \"line\\nbreak \\\"quoted\\\" \\/ \\ud83d\\ude00 Ж 日本 😀\"\n}");
    }

    @Test
    void highlightsCoverEachTokenWithItsKind() {
        FormattedJson json = valid("{\"a\":\"s\",\"b\":1.5,\"c\":true}");
        List<String> tokens = new ArrayList<>();
        JsonHighlights spans = json.highlights();
        for (int i = 0; i < spans.size(); i++) {
            tokens.add(spans.kind(i) + ":" + json.text().substring(spans.start(i), spans.end(i)));
        }
        assertThat(tokens)
                .containsExactly(
                        "PUNCTUATION:{",
                        "KEY:\"a\"",
                        "PUNCTUATION::",
                        "STRING:\"s\"",
                        "PUNCTUATION:,",
                        "KEY:\"b\"",
                        "PUNCTUATION::",
                        "NUMBER:1.5",
                        "PUNCTUATION:,",
                        "KEY:\"c\"",
                        "PUNCTUATION::",
                        "LITERAL:true",
                        "PUNCTUATION:}");
        assertThat(spans.countStartingBefore(json.text().indexOf("\"b\""))).isEqualTo(5);
    }

    @Test
    void nests500LevelsDeep() {
        String raw = "[".repeat(500) + "{\"deep\":1}" + "]".repeat(500);
        FormattedJson json = valid(raw);
        assertThat(json.lineCount()).isEqualTo(500 * 2 + 3);
        assertThat(json.text()).contains("\"deep\": 1");
    }

    @Test
    void nests100000LevelsWithoutOverflowAndWithBoundedIndent() {
        String raw = "[".repeat(100_000) + "]".repeat(100_000);
        FormattedJson json = valid(raw);
        assertThat(json.lineCount()).isEqualTo(199_999);
        int widest = 0;
        for (String line : json.text().split("\n")) {
            widest = Math.max(widest, line.length());
        }
        assertThat(widest).isLessThanOrEqualTo(JsonFormatter.MAX_INDENT_LEVEL * 2 + 2);
    }

    @Test
    void deepUnclosedNestingIsReportedNotThrown() {
        String raw = "{\"a\":".repeat(100_000);
        JsonSyntaxError error = invalid(raw);
        assertThat(error.reason()).isEqualTo("unexpected end of input");
        assertThat(error.offset()).isEqualTo(raw.length());
    }

    @Test
    void notJsonAtAll() {
        JsonSyntaxError error = invalid("transfer to sales please");
        assertThat(error.offset()).isZero();
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isEqualTo(1);
        assertThat(error.reason()).contains("expected a value");
        assertThat(error.message()).startsWith("Not valid JSON: ").contains("line 1, column 1");
    }

    @Test
    void truncatedInputReportsEndPosition() {
        JsonSyntaxError error = invalid("{\n  \"to\": \"+1312");
        assertThat(error.reason()).startsWith("unterminated string");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(15);
        assertThat(error.offset()).isEqualTo(16);
    }

    @Test
    void trailingGarbageIsReportedWhereItStarts() {
        JsonSyntaxError error = invalid("{\"a\":1}\r\n  xyz");
        assertThat(error.reason()).contains("after the JSON value");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(3);
        assertThat(error.offset()).isEqualTo(11);
    }

    @Test
    void commonMistakesAreRejectedWithReasons() {
        assertThat(invalid("").reason()).contains("empty");
        assertThat(invalid("[1,]").reason()).isEqualTo("expected a value but found ']'");
        assertThat(invalid("{'a':1}").reason()).contains("property name in double quotes");
        assertThat(invalid("{\"a\" 1}").reason()).contains("expected ':'");
        assertThat(invalid("[1 2]").reason()).contains("expected ',' or ']'");
        assertThat(invalid("[01]").reason()).contains("leading zero");
        assertThat(invalid("[1.]").reason()).contains("after '.'");
        assertThat(invalid("[tru]").reason()).contains("expected a value");
        assertThat(invalid("\"bad \\x escape\"").reason()).contains("invalid escape");
        assertThat(invalid("\"\\u12G4\"").reason()).contains("\\u escape");
        assertThat(invalid("\"tab\there\"").reason()).contains("control character U+0009");
        assertThat(invalid("[1}").offset()).isEqualTo(2);
    }

    @Test
    void formatsTwoMegabytesInOnePass() {
        StringBuilder raw = new StringBuilder("{\"items\":[");
        int i = 0;
        while (raw.length() < 2 * 1024 * 1024) {
            if (i > 0) {
                raw.append(',');
            }
            raw.append("{\"id\":")
                    .append(i)
                    .append(",\"name\":\"item ")
                    .append(i)
                    .append("\",\"price\":")
                    .append(i)
                    .append(".25,\"tags\":[\"a\",\"b\"],\"ok\":true}");
            i++;
        }
        raw.append("]}");
        FormattedJson json = valid(raw.toString());
        assertThat(json.text()).startsWith("{\n  \"items\": [\n    {\n      \"id\": 0,");
        assertThat(json.text()).endsWith("    }\n  ]\n}");
        assertThat(json.lineCount()).isEqualTo(i * 10 + 4);
        assertThat(json.highlights().size()).isGreaterThan(i * 20);
    }

    @Test
    void oneLinePreviewCompactsWhitespace() {
        String raw = "{\n  \"to\" : \"+13125550100\",\n  \"name\": \"Sales  team\" , \"n\": [1, 2]\n}";
        assertThat(JsonFormatter.oneLinePreview(raw, 200))
                .isEqualTo("{\"to\": \"+13125550100\", \"name\": \"Sales  team\", \"n\": [1, 2]}");
    }

    @Test
    void oneLinePreviewTruncatesWithEllipsis() {
        String preview = JsonFormatter.oneLinePreview("{\"digits\":\"1234567890\"}", 12);
        assertThat(preview).isEqualTo("{\"digits\":…");
        assertThat(preview.length()).isLessThanOrEqualTo(12);
        assertThat(JsonFormatter.oneLinePreview("{\"a\":1}", 7)).isEqualTo("{\"a\":…");
        assertThat(JsonFormatter.oneLinePreview("{\"a\":1}", 8)).isEqualTo("{\"a\": 1}");
        assertThat(JsonFormatter.oneLinePreview("", 10)).isEmpty();
    }

    @Test
    void oneLinePreviewHandlesInvalidTextAndSurrogates() {
        assertThat(JsonFormatter.oneLinePreview("not\n\njson   at all", 50)).isEqualTo("not json at all");
        assertThat(JsonFormatter.oneLinePreview("\"😀😀😀\"", 3)).isEqualTo("\"…");
    }
}
