package com.transcriptviewer.transcript.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What "Go to time" accepts, and what it says about what it does not. */
class TimeOffsetTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "+02:15|135",
                "2:15|135",
                "135|135",
                "1:02:15|3735",
                "+1:02:15|3735",
                "0|0",
                "+0:00|0",
                " 2:15 |135",
                "+ 2:15|135",
                "90:00|5400",
                "2:5|125"
            })
    void acceptsOffsetsAsBubblesShowThemAndShorter(String text, long seconds) {
        TimeOffset parsed = TimeOffset.parse(text);
        assertThat(parsed.problem()).isEmpty();
        assertThat(parsed.value()).contains(Duration.ofSeconds(seconds));
    }

    @Test
    void saysWhyAnEntryIsNotATime() {
        assertThat(TimeOffset.parse("").problem()).startsWith("Type a time from the first message, such as 2:15");
        assertThat(TimeOffset.parse(null).isValid()).isFalse();
        assertThat(TimeOffset.parse("-0:30").problem()).contains("cannot be negative");
        assertThat(TimeOffset.parse("2:75").problem()).isEqualTo("Seconds go up to 59 (75 given).");
        assertThat(TimeOffset.parse("1:75:00").problem()).startsWith("Minutes go up to 59");
        assertThat(TimeOffset.parse("1:00:60").problem()).startsWith("Seconds go up to 59");
        assertThat(TimeOffset.parse("1:2:3:4").problem()).startsWith("Too many colons");
        assertThat(TimeOffset.parse("abc").problem()).startsWith("\"abc\" is not a time");
        assertThat(TimeOffset.parse("2:").problem()).startsWith("\"2:\" is not a time");
        assertThat(TimeOffset.parse("1.5").problem()).startsWith("\"1.5\" is not a time");
        assertThat(TimeOffset.parse("12345678901").problem()).isEqualTo("That is longer than any conversation.");
        assertThat(TimeOffset.parse("abc").value()).isEmpty();
    }
}
