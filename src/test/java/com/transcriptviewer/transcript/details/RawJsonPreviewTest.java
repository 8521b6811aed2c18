package com.transcriptviewer.transcript.details;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.text.json.JsonFormatter;
import org.junit.jupiter.api.Test;

class RawJsonPreviewTest {

    private final JsonFormatter formatter = new JsonFormatter();

    @Test
    void shortStringsAreLeftAlone() {
        String raw = "{\"text\":\"" + "a".repeat(RawJsonPreview.LONG_STRING_CHARS) + "\",\"n\":1}";
        RawJsonPreview preview = RawJsonPreview.of(raw, formatter);
        assertThat(preview.shortenedStrings()).isZero();
        assertThat(preview.plain()).isSameAs(raw);
        assertThat(preview.isValidJson()).isTrue();
    }

    @Test
    void aLongStringKeepsItsStartAndSaysHowMuchIsLeftOut() {
        String value = "b".repeat(5_000);
        RawJsonPreview preview = RawJsonPreview.of("{\"a\":\"" + value + "\",\"z\":true}", formatter);
        assertThat(preview.shortenedStrings()).isEqualTo(1);
        assertThat(preview.plain())
                .isEqualTo("{\"a\":\"" + "b".repeat(RawJsonPreview.KEPT_CHARS)
                        + "… [4,500 more characters]\",\"z\":true}");
        assertThat(preview.isValidJson()).isTrue();
        assertThat(preview.formatted().text()).endsWith("more characters]\",\n  \"z\": true\n}");
    }

    @Test
    void neverCutsAnEscapeOrASurrogatePairInHalf() {
        // Escaped quotes (as in string-encoded tool arguments), \\u escapes and emoji straddle the cut point.
        String escaped = "\\\"k\\\":\\u00e9\uD83D\uDE00".repeat(600);
        RawJsonPreview preview = RawJsonPreview.of("[\"" + escaped + "\"]", formatter);
        assertThat(preview.shortenedStrings()).isEqualTo(1);
        assertThat(preview.isValidJson()).as(preview.plain().substring(0, 80)).isTrue();
        String kept = preview.plain().substring(2, preview.plain().indexOf('…'));
        assertThat(escaped).startsWith(kept);
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
        assertThat(kept).doesNotEndWith("\\");
        assertThat(kept.length()).isBetween(RawJsonPreview.KEPT_CHARS, RawJsonPreview.KEPT_CHARS + 6);
    }

    @Test
    void invalidJsonIsShownAsReceivedWithLongStringsStillShortened() {
        RawJsonPreview preview = RawJsonPreview.of("{\"open\": \"" + "c".repeat(3_000), formatter);
        assertThat(preview.isValidJson()).isFalse();
        assertThat(preview.shortenedStrings()).isEqualTo(1);
        assertThat(preview.plain()).startsWith("{\"open\": \"ccc").endsWith("… [2,500 more characters]");
    }
}
