package com.transcriptviewer.text.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Run with {@code mvn -Pbench verify}; prints "BENCH name value unit" lines. */
@Tag("bench")
class JsonFormatterBench {

    @Test
    void formatsTwoMegabytes() {
        StringBuilder raw = new StringBuilder("{\"rows\":[");
        for (int i = 0; raw.length() < 2 * 1024 * 1024; i++) {
            raw.append(i == 0 ? "" : ",")
                    .append("{\"id\":")
                    .append(i)
                    .append(",\"note\":\"row \\u00e9 ")
                    .append(i)
                    .append("\",\"amount\":")
                    .append(i)
                    .append(".5,\"ok\":true}");
        }
        String json = raw.append("]}").toString();
        JsonFormatter formatter = new JsonFormatter();
        for (int warm = 0; warm < 5; warm++) {
            assertThat(formatter.format(json).isValid()).isTrue();
        }
        int runs = 10;
        long start = System.nanoTime();
        FormattedJson last = null;
        for (int run = 0; run < runs; run++) {
            last = formatter.format(json).formatted().orElseThrow();
        }
        double millis = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("BENCH json_format_2mb %.1f ms%n", millis);
        System.out.printf("BENCH json_format_2mb_lines %d lines%n", last.lineCount());

        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        start = System.nanoTime();
        assertThat(formatter.format(deep).isValid()).isTrue();
        System.out.printf("BENCH json_format_100k_deep %.1f ms%n", (System.nanoTime() - start) / 1e6);
    }
}
