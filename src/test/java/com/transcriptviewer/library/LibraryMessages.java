package com.transcriptviewer.library;

import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Messages as the API sends them (read through the wire format, so each has its raw JSON), for library tests. */
public final class LibraryMessages {

    private LibraryMessages() {}

    public static Conversation conversation(String id, String assistant, String channel, Instant created) {
        return new Conversation(
                id,
                "Call " + id,
                created,
                created.plusSeconds(60),
                Map.of(Conversation.ASSISTANT_ID, assistant, Conversation.CHANNEL, channel));
    }

    /** Each item a message object's JSON; read as one page. */
    public static List<Message> read(String... messageObjects) throws Exception {
        String body = "{\"data\":[" + String.join(",", messageObjects) + "],\"meta\":{\"page_number\":1,"
                + "\"page_size\":" + messageObjects.length + ",\"total_pages\":1,\"total_results\":"
                + messageObjects.length + "}}";
        return new ArrayList<>(WireFormat.shared()
                .parseMessagePage(body.getBytes(StandardCharsets.UTF_8), 1, Math.max(1, messageObjects.length))
                .items());
    }

    public static String text(String role, String text, String sentAt) {
        return "{\"id\":\"m-" + Math.abs((role + text + sentAt).hashCode()) + "\",\"role\":\"" + role + "\",\"text\":\""
                + text.replace("\"", "\\\"") + "\",\"sent_at\":\"" + sentAt + "\"}";
    }

    public static String call(String callId, String function, String arguments, String sentAt) {
        return "{\"role\":\"assistant\",\"text\":\"\",\"sent_at\":\"" + sentAt + "\",\"tool_calls\":[{\"id\":\""
                + callId + "\",\"type\":\"function\",\"function\":{\"name\":\"" + function + "\",\"arguments\":\""
                + arguments.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}}]}";
    }
}
