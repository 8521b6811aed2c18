package com.transcriptviewer.text.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownTranscriptTest {

    private static final Instant T0 = Instant.parse("2025-04-15T13:00:00Z");
    private final MarkdownTranscript markdown = new MarkdownTranscript(ZoneOffset.UTC);

    private static Message message(Role role, String text, int second, ToolCall... calls) {
        return new Message(role, text, List.of(calls), T0.plusSeconds(second), null, Map.of());
    }

    private final List<Message> conversation = List.of(
            message(Role.ASSISTANT, "Hello! How can I help?", 0),
            message(Role.USER, "Book me in *tomorrow* <b>please</b>", 135),
            message(
                    Role.ASSISTANT,
                    null,
                    140,
                    new ToolCall("call_1", "function", "book_appointment", "{\"date\":\"2025-04-16\",\"n\":2}")),
            message(Role.TOOL, "{\"ok\":true}", 141),
            message(new Role(Role.Kind.UNKNOWN, "system"), "1. not a list\n# not a heading", 142));

    @Test
    void documentHasTitleDetailsAndEveryMessageInOrder() {
        String md = markdown.document("c-1", "Dental booking", "phone_call", conversation);

        assertThat(md).startsWith("# Dental booking\n\n- Conversation id: `c-1`\n- Channel: Phone call\n- Messages: 5");
        assertThat(md)
                .containsSubsequence(
                        "### Assistant · 2025-04-15 13:00:00 · +0:00",
                        "Hello! How can I help?",
                        "### User · 2025-04-15 13:02:15 · +02:15",
                        "### Assistant",
                        "**Tool call** `book_appointment` · `call_1`",
                        "```json\n{\n  \"date\": \"2025-04-16\",\n  \"n\": 2\n}\n```",
                        "### Tool",
                        "*Result of* `book_appointment` (`call_1`)",
                        "```json\n{\n  \"ok\": true\n}\n```",
                        "### system");
    }

    @Test
    void userTextIsEscapedNotInterpreted() {
        String md = markdown.document("c-1", "", "", conversation);

        assertThat(md).startsWith("# Conversation c-1\n").doesNotContain("<b>");
        assertThat(md).contains("Book me in \\*tomorrow\\* &lt;b&gt;please&lt;/b&gt;");
        assertThat(md).contains("1\\. not a list\\\n\\# not a heading");
    }

    @Test
    void argumentsWithBackticksCannotCloseTheirFence() {
        Message call =
                message(Role.ASSISTANT, null, 0, new ToolCall("c", "function", "f", "not json ``` still inside"));
        String md = markdown.document("id", "n", null, List.of(call));

        assertThat(md).contains("````\nnot json ``` still inside\n````");
    }

    @Test
    void aSelectionKeepsConversationOffsetsAndPairing() {
        String md = markdown.messages(conversation, List.of(3, 1));

        assertThat(md)
                .containsSubsequence(
                        "### User · 2025-04-15 13:02:15 · +02:15", "### Tool", "*Result of* `book_appointment`");
        assertThat(md).doesNotContain("Hello!").endsWith("```\n");
    }
}
