package com.transcriptviewer.library;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A message as it is kept: its place, id, raw JSON, and the results that answered its calls. */
final class MessageRow {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int index, Instant at, boolean error) {}

    final int index;
    final Message message;
    final String rawJson;
    final String messageId;
    final List<Result> results;

    private MessageRow(int index, Message message) {
        this.index = index;
        this.message = message;
        this.rawJson = rawText(message);
        this.messageId = idOf(rawJson);
        List<Result> none = new ArrayList<>();
        for (int i = 0; i < message.toolCalls().size(); i++) {
            none.add(null);
        }
        this.results = none;
    }

    String functions() {
        if (message.toolCalls().isEmpty()) {
            return null;
        }
        return String.join(
                " ", message.toolCalls().stream().map(ToolCall::functionName).toList());
    }

    String arguments() {
        if (message.toolCalls().isEmpty()) {
            return null;
        }
        return String.join(
                " ", message.toolCalls().stream().map(ToolCall::arguments).toList());
    }

    /**
     * The rows of a conversation's messages, each call paired with the result that answered it as the transcript
     * pairs them: a tool result answers the nearest earlier message with calls unanswered, its first such call.
     */
    static List<MessageRow> of(List<Message> messages) {
        List<MessageRow> rows = new ArrayList<>(messages.size());
        Deque<int[]> open = new ArrayDeque<>(); // {row, next unanswered position}
        for (int i = 0; i < messages.size(); i++) {
            Message message = messages.get(i);
            MessageRow row = new MessageRow(i, message);
            rows.add(row);
            if (message.role().kind() == Role.Kind.TOOL) {
                while (!open.isEmpty()) {
                    int[] nearest = open.peek();
                    MessageRow caller = rows.get(nearest[0]);
                    int position = nearest[1]++;
                    if (nearest[1] >= caller.message.toolCalls().size()) {
                        open.pop();
                    }
                    if (position < caller.message.toolCalls().size()) {
                        caller.results.set(
                                position,
                                new Result(i, message.displayTime(), ToolResultErrors.reportsError(message.text())));
                        break;
                    }
                }
            }
            if (message.hasToolCalls()) {
                open.push(new int[] {i, 0});
            }
        }
        return rows;
    }

    private static String rawText(Message message) {
        if (message.rawJson() == null) {
            return null;
        }
        try {
            return message.rawJson().text();
        } catch (IOException unreadable) {
            return null;
        }
    }

    /**
     * The message's top-level {@code id}, read up to it as a stream (it comes first in the API's messages): building
     * the whole tree of every message kept cost a sync more than writing it.
     */
    private static String idOf(String rawJson) {
        if (rawJson == null) {
            return null;
        }
        try (JsonParser parser = JSON.createParser(rawJson)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("id".equals(name)) {
                    return value == JsonToken.VALUE_NULL ? null : value.isScalarValue() ? parser.getText() : "";
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException unreadable) {
            return null;
        }
    }
}
