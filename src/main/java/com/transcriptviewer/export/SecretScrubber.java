package com.transcriptviewer.export;

import com.transcriptviewer.model.ConversationInsights;
import com.transcriptviewer.model.InsightResult;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.RawJson;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.ToolCallChecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes secrets (the API key in use) out of a conversation before it is exported: should a message or a server echo
 * ever contain the key, the file says {@value #REDACTED} instead. Secrets shorter than {@value #MIN_LENGTH} chars are
 * ignored, since replacing them would mangle ordinary text. Replacing inside the raw JSON keeps it valid JSON: a key
 * is letters, digits and a few marks, which only ever sit inside a JSON string.
 */
public final class SecretScrubber {

    static final String REDACTED = "[redacted]";
    static final int MIN_LENGTH = 8;

    private final List<String> secrets;

    public SecretScrubber(Collection<String> secrets) {
        this.secrets = secrets.stream()
                .filter(s -> s != null && s.strip().length() >= MIN_LENGTH)
                .map(String::strip)
                .distinct()
                .toList();
    }

    public static SecretScrubber none() {
        return new SecretScrubber(List.of());
    }

    public ExportDocument scrub(ExportDocument document) {
        if (secrets.isEmpty()) {
            return document;
        }
        List<Message> messages = new ArrayList<>(document.messages().size());
        for (Message message : document.messages()) {
            messages.add(scrub(message));
        }
        return new ExportDocument(
                scrub(document.conversationId()),
                scrub(document.name()),
                scrub(document.channel()),
                messages,
                scrub(document.checks()),
                scrub(document.insights()),
                document.reviews().stream().map(this::scrub).toList());
    }

    /** A reviewer may paste anything into a note. */
    public ReviewEntry scrub(ReviewEntry entry) {
        return new ReviewEntry(
                entry.eventId(),
                entry.item(),
                entry.reviewer(),
                entry.verdict(),
                scrub(entry.note()),
                entry.labels().stream().map(this::scrub).toList(),
                entry.checkStatus(),
                entry.savedAt());
    }

    /** A problem's sentence may quote an argument, and an argument may hold anything. */
    private ToolCallChecks scrub(ToolCallChecks checks) {
        Map<Integer, List<ToolCallCheck>> byMessage = new LinkedHashMap<>();
        checks.byMessage()
                .forEach((index, calls) -> byMessage.put(
                        index,
                        calls.stream()
                                .map(check -> new ToolCallCheck(
                                        check.status(),
                                        check.problems().stream()
                                                .map(p -> new ToolCallCheck.Problem(
                                                        scrub(p.pointer()), scrub(p.message())))
                                                .toList(),
                                        scrub(check.basis()),
                                        check.definition()))
                                .toList()));
        return new ToolCallChecks(scrub(checks.basis()), byMessage);
    }

    /** Insights quote the conversation. */
    private ConversationInsights scrub(ConversationInsights insights) {
        List<InsightResult> results = insights.results().stream()
                .map(r -> new InsightResult(
                        r.insightId(),
                        scrub(r.name()),
                        r.status(),
                        scrub(r.text()),
                        r.fields().stream()
                                .map(f -> new InsightResult.Field(scrub(f.label()), scrub(f.value())))
                                .toList(),
                        r.createdAt(),
                        r.defaultTemplate()))
                .toList();
        return new ConversationInsights(results, insights.state());
    }

    private Message scrub(Message message) {
        if (!mentionsSecret(message)) {
            return message;
        }
        List<ToolCall> calls = message.toolCalls().stream()
                .map(c -> new ToolCall(scrub(c.id()), scrub(c.type()), scrub(c.functionName()), scrub(c.arguments())))
                .toList();
        return new Message(
                message.role(),
                scrub(message.text()),
                calls,
                message.createdAt(),
                message.sentAt(),
                scrubMap(message.metadata()),
                message.rawJson() == null ? null : RawJson.of(scrub(rawText(message))));
    }

    /** The raw JSON holds every field, so a message whose raw text is clean needs no copy; else look at each field. */
    private boolean mentionsSecret(Message message) {
        if (message.rawJson() != null) {
            return contains(rawText(message));
        }
        if (contains(message.text()) || contains(String.valueOf(message.metadata()))) {
            return true;
        }
        return message.toolCalls().stream()
                .anyMatch(c -> contains(c.id())
                        || contains(c.functionName())
                        || contains(c.arguments())
                        || contains(c.type()));
    }

    /** The raw JSON, read again from its file when it is not held: a file that changed since is an export error. */
    private static String rawText(Message message) {
        try {
            return message.rawJson().text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean contains(String text) {
        if (text == null) {
            return false;
        }
        for (String secret : secrets) {
            if (text.contains(secret)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with every secret replaced; null stays null. */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, REDACTED);
        }
        return result;
    }

    private Map<String, Object> scrubMap(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(scrub(String.valueOf(key)), scrubValue(value)));
        return copy;
    }

    private Object scrubValue(Object value) {
        if (value instanceof String text) {
            return scrub(text);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::scrubValue).toList();
        }
        if (value instanceof Map<?, ?> map) {
            return scrubMap(map);
        }
        return value;
    }
}
