package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.TranscriptBuilder.call;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The QA conversation: everything a transcript viewer is likely to trip over, in one place. Arguments that are not
 * JSON, megabytes of arguments, very deep nesting, null and empty text, roles outside the documented three, emoji,
 * right-to-left and CJK scripts, one enormous line, and text that looks like markup.
 */
final class EdgeCaseTranscript {

    /** Size the large tool-call arguments reach at least: 2 MiB. */
    static final int LARGE_ARGUMENTS_CHARS = 2 * 1024 * 1024;
    /** Nesting depth of the deeply nested arguments. */
    static final int NESTING_DEPTH = 500;
    /** Length of the single line without breaks. */
    static final int LONG_LINE_CHARS = 50_000;

    static final String MARKUP_TEXT =
            "<script>alert(1)</script> <b>bold?</b> &amp; &lt;tag&gt; <img src=x onerror=alert(2)>";

    private EdgeCaseTranscript() {}

    static List<Message> build(Instant start) {
        return new TranscriptBuilder(start, 606_606)
                .other("system", "You are a helpful assistant for Acme Support. Keep answers short.")
                .assistant("Hello! I'm the Acme support assistant. What can I do for you?")
                .user("I'm testing the transcript viewer, please show me everything odd.")
                .calls(call("lookup_weather", "{\"city\": \"Chicago\", unquoted_key: true, 'single': 'quotes',"))
                .tool("Error: could not parse tool arguments at line 1 column 22")
                .calls(call("upload_document", largeArguments()))
                .tool("{\"status\":\"stored\",\"bytes\":" + LARGE_ARGUMENTS_CHARS + "}")
                .calls(call("update_dynamic_variables", deeplyNested(NESTING_DEPTH)))
                .tool("{\"updated\":true}")
                .calls(call("skip_turn", ""), call("send_message", "{}"), call("pay", "[1, 2, 3]"))
                .tool("not json at all: OK")
                .tool("{\"unicode\":\"caf\\u00e9 \\ud83d\\ude00\",\"escaped\":\"line1\\nline2\\ttab\"}")
                .tool("{\"result\":\"a tool result with no matching call\"}")
                .assistant(null)
                .assistant("")
                .other("supervisor", "Supervisor Dana joined the conversation and is listening.")
                .other("", "A message whose role is empty.")
                .user("Thanks!! \uD83C\uDF89\uD83D\uDC4D\uD83C\uDFFD Can you send the \uD83D\uDCC4 receipt? "
                        + "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66 \uD83C\uDDFA\uD83C\uDDF8")
                .user("مرحبا، أريد تغيير موعدي إلى يوم الخميس القادم من فضلك.")
                .assistant("שלום! אני יכול לעזור לך לשנות את התור ליום חמישי.")
                .user("My order number is 12345 ورقم الهاتف +1 312 555 0123, thanks.")
                .user("我想预订明天下午三点的会议室。予約を確認してください。예약을 확인해 주세요.")
                .user(longLine())
                .user(MARKUP_TEXT)
                .assistant("Line one\nLine two\n\n\tIndented with a tab\n```json\n{\"code\": true}\n```")
                .assistantWithMetadata("This message carries metadata of every kind.", mixedMetadata())
                .withoutSentAt(Role.USER, "This message has no sent_at.")
                .assistant("That's everything. Goodbye!")
                .build();
    }

    /** Valid JSON of at least {@link #LARGE_ARGUMENTS_CHARS} characters: a document split into text chunks. */
    static String largeArguments() {
        String chunk = "{\"page\":1,\"text\":\"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do "
                + "eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam.\"}";
        String head = "{\"document\":{\"name\":\"scanned-contract.txt\",\"chunks\":[";
        int repeats = (LARGE_ARGUMENTS_CHARS - head.length()) / (chunk.length() + 1) + 1;
        // String.repeat is one array copy; a loop of appends costs milliseconds more before the JIT warms up.
        return head + (chunk + ",").repeat(repeats) + chunk + "]}}";
    }

    /** Objects nested {@code depth} levels deep: {"level":{"level":...{"value":"bottom"}...}}. */
    static String deeplyNested(int depth) {
        StringBuilder json = new StringBuilder(depth * 11 + 32);
        for (int i = 1; i < depth; i++) {
            json.append("{\"level\":");
        }
        json.append("{\"value\":\"bottom\"}");
        json.append("}".repeat(depth - 1));
        return json.toString();
    }

    static String longLine() {
        String words = "The quick brown fox jumps over the lazy dog without ever stopping for a line break. ";
        StringBuilder line = new StringBuilder(LONG_LINE_CHARS + words.length());
        while (line.length() < LONG_LINE_CHARS) {
            line.append(words);
        }
        line.setLength(LONG_LINE_CHARS);
        return line.toString();
    }

    private static Map<String, Object> mixedMetadata() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("confidence", 0.93);
        metadata.put("interrupted", true);
        metadata.put("turn", 27);
        metadata.put("tags", List.of("qa", "edge-case", 3, false));
        metadata.put("note", "metadata strings can contain \"quotes\" and <angle brackets>");
        return metadata;
    }
}
