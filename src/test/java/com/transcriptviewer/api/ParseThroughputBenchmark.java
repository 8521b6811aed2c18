package com.transcriptviewer.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Messages parsed per second from a realistic 100-message page held in memory. Run with {@code mvn -Pbench verify}. */
@Tag("bench")
class ParseThroughputBenchmark {

    private static final int MESSAGES = 100;

    static byte[] realisticPage() {
        StringBuilder json = new StringBuilder("{\"data\":[");
        for (int i = 0; i < MESSAGES; i++) {
            if (i > 0) {
                json.append(',');
            }
            String time = String.format(Locale.ROOT, "2025-04-01T10:%02d:%02d.%06dZ", i / 60, i % 60, i * 137);
            json.append("{\"role\":\"")
                    .append(i % 3 == 0 ? "user" : i % 3 == 1 ? "assistant" : "tool")
                    .append('"');
            if (i % 3 == 1 && i % 2 == 1) {
                json.append(",\"text\":null,\"tool_calls\":[{\"id\":\"call_")
                        .append(i)
                        .append("\",\"type\":\"function\",\"function\":{\"name\":\"check_availability\",")
                        .append("\"arguments\":\"{\\\"date\\\": \\\"2025-04-0")
                        .append(i % 9 + 1)
                        .append("\\\", \\\"party_size\\\": 4, \\\"notes\\\": \\\"window seat \\\\u00e9\\\"}\"}}]");
            } else {
                json.append(",\"text\":\"Thanks for calling. Message number ")
                        .append(i)
                        .append(
                                " talks about the booking for Friday evening, \\\"table for four\\\" near the window.\"")
                        .append(",\"tool_calls\":[]");
            }
            json.append(",\"created_at\":\"")
                    .append(time)
                    .append("\",\"sent_at\":\"")
                    .append(time)
                    .append('"')
                    .append(",\"metadata\":{\"telnyx_conversation_channel\":\"phone_call\",\"turn\":")
                    .append(i)
                    .append(",\"interrupted\":false,\"tags\":[\"a\",\"b\"]}}");
        }
        json.append("],\"meta\":{\"total_pages\":13,\"total_results\":1204,\"page_number\":1,\"page_size\":100}}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void parseMessagesPerSecond() throws Exception {
        WireFormat wire = WireFormat.shared();
        byte[] page = realisticPage();
        long sink = 0;
        long warmUpEnd = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            sink += wire.parseMessagePage(page).items().size();
        }
        long messages = 0;
        long start = System.nanoTime();
        long end = start + 2_000_000_000L;
        long now;
        do {
            Page<Message> parsed = wire.parseMessagePage(page);
            messages += parsed.items().size();
            now = System.nanoTime();
        } while (now < end);
        double perSecond = messages / ((now - start) / 1e9);

        System.out.println(String.format(Locale.ROOT, "BENCH parse_messages_per_second %.0f msg/s", perSecond));
        assertThat(sink).isPositive();
        assertThat(wire.parseMessagePage(page).items()).hasSize(MESSAGES);
    }
}
