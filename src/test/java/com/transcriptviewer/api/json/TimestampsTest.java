package com.transcriptviewer.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest
    @CsvSource({
        "2025-04-01T10:00:00Z,               2025-04-01T10:00:00Z",
        "2025-04-01T10:00:00,                2025-04-01T10:00:00Z",
        "2025-04-01T10:00:00.123456,         2025-04-01T10:00:00.123456Z",
        "2025-04-01T10:00:00.123456789123Z,  2025-04-01T10:00:00.123456789Z",
        "2025-04-01T12:00:00+02:00,          2025-04-01T10:00:00Z",
        "2025-04-01T05:30:00.5-04:30,        2025-04-01T10:00:00.5Z",
        "2025-04-01T12:00:00+0200,           2025-04-01T10:00:00Z",
        "2025-04-01 10:00:00,                2025-04-01T10:00:00Z",
        "2025-04-01T10:00,                   2025-04-01T10:00:00Z",
        "2024-02-29T00:00:00Z,               2024-02-29T00:00:00Z",
    })
    void readsTheFormsServersSend(String text, String expected) {
        assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "yesterday",
                "2025-13-01T00:00:00Z",
                "2025-02-30T00:00:00Z",
                "2025-04-01T25:00:00Z",
                "2025-04-01T10:00:00+99:00",
                "1712000000"
            })
    void unreadableTextIsNull(String text) {
        assertThat(Timestamps.parse(text)).isNull();
    }

    @Test
    void nullIsNull() {
        assertThat(Timestamps.parse(null)).isNull();
    }
}
