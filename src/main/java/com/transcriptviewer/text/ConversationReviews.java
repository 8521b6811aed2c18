package com.transcriptviewer.text;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.ToolCall;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A conversation's review entries sorted out for an export: those on the conversation as a whole, and those on each
 * tool call, found by the same item key the reviewer's verdict was saved under (the call's id, or its place when the
 * id is missing or was used by an earlier call). Entries on calls these messages do not hold are kept apart, so an
 * export can still list them. Each list is in reviewer order, then oldest first. Immutable.
 */
public final class ConversationReviews {

    public static final ConversationReviews NONE = new ConversationReviews(List.of(), Map.of(), List.of());

    private static final Comparator<ReviewEntry> ORDER =
            Comparator.comparing(ReviewEntry::reviewer).thenComparing(ReviewEntry::savedAt);

    private final List<ReviewEntry> conversation;
    /** By "messageIndex:position". */
    private final Map<String, List<ReviewEntry>> calls;

    private final List<ReviewEntry> elsewhere;

    private ConversationReviews(
            List<ReviewEntry> conversation, Map<String, List<ReviewEntry>> calls, List<ReviewEntry> elsewhere) {
        this.conversation = conversation;
        this.calls = calls;
        this.elsewhere = elsewhere;
    }

    /** Sorts {@code entries} (of {@code conversationId}; others are ignored) onto the calls of {@code messages}. */
    public static ConversationReviews of(String conversationId, List<Message> messages, List<ReviewEntry> entries) {
        if (entries.isEmpty()) {
            return NONE;
        }
        Map<String, List<ReviewEntry>> byKey = new LinkedHashMap<>();
        for (ReviewEntry entry : entries) {
            if (entry.item().conversationId().equals(conversationId)) {
                byKey.computeIfAbsent(entry.item().key(), key -> new ArrayList<>())
                        .add(entry);
            }
        }
        List<ReviewEntry> whole = sorted(byKey.remove(ReviewItem.CONVERSATION_KEY));
        Map<String, List<ReviewEntry>> calls = new LinkedHashMap<>();
        Set<String> seenIds = new HashSet<>();
        for (int i = 0; i < messages.size(); i++) {
            List<ToolCall> toolCalls = messages.get(i).toolCalls();
            for (int c = 0; c < toolCalls.size(); c++) {
                ToolCall call = toolCalls.get(c);
                boolean seen = !call.id().isEmpty() && !seenIds.add(call.id());
                String key =
                        ReviewItem.toolCall(conversationId, i, c, call, seen).key();
                List<ReviewEntry> found = byKey.remove(key);
                if (found != null) {
                    calls.put(place(i, c), sorted(found));
                }
            }
        }
        List<ReviewEntry> elsewhere = new ArrayList<>();
        byKey.values().forEach(elsewhere::addAll);
        return new ConversationReviews(whole, Map.copyOf(calls), sorted(elsewhere));
    }

    private static List<ReviewEntry> sorted(List<ReviewEntry> entries) {
        return entries == null ? List.of() : entries.stream().sorted(ORDER).toList();
    }

    private static String place(int messageIndex, int position) {
        return messageIndex + ":" + position;
    }

    /** The entries on the conversation as a whole. */
    public List<ReviewEntry> conversation() {
        return conversation;
    }

    /** The entries on one tool call, by the message's index and the call's place in it. */
    public List<ReviewEntry> call(int messageIndex, int position) {
        return calls.getOrDefault(place(messageIndex, position), List.of());
    }

    /** Entries on calls these messages do not hold (the transcript changed since they were saved). */
    public List<ReviewEntry> elsewhere() {
        return elsewhere;
    }

    public boolean isEmpty() {
        return conversation.isEmpty() && calls.isEmpty() && elsewhere.isEmpty();
    }

    /** Everyone who reviewed anything here, sorted. */
    public List<String> reviewers() {
        Set<String> names = new java.util.TreeSet<>();
        conversation.forEach(entry -> names.add(entry.reviewer()));
        calls.values().forEach(list -> list.forEach(entry -> names.add(entry.reviewer())));
        elsewhere.forEach(entry -> names.add(entry.reviewer()));
        return List.copyOf(names);
    }
}
