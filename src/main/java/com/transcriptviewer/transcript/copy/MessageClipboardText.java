package com.transcriptviewer.transcript.copy;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCall;
import java.time.Instant;

/** Plain text of one message for the clipboard: a header line, the text, then each tool call with its raw arguments. */
public final class MessageClipboardText {

    private MessageClipboardText() {}

    public static String of(Message message) {
        StringBuilder out = new StringBuilder();
        String role =
                message.role().rawName().isEmpty() ? "unknown" : message.role().rawName();
        out.append('[').append(role);
        Instant time = message.displayTime();
        if (time != null) {
            out.append(' ').append(time);
        }
        out.append(']');
        if (message.text() != null && !message.text().isEmpty()) {
            out.append('\n').append(message.text());
        }
        for (ToolCall call : message.toolCalls()) {
            out.append('\n')
                    .append(call.functionName())
                    .append(" (")
                    .append(call.id())
                    .append("): ")
                    .append(call.arguments());
        }
        return out.toString();
    }
}
