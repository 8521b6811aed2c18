package com.transcriptviewer.demo;

import com.transcriptviewer.model.Message;
import java.util.List;
import java.util.Optional;

/**
 * The conversation endpoints: {@code GET /ai/conversations} (the filtered list, no page meta),
 * {@code GET /ai/conversations/{id}} (wrapped in {@code data}) and {@code GET /ai/conversations/{id}/messages} (paged).
 */
final class ConversationRoutes {

    private final DemoData data;
    private final WireJson json;

    ConversationRoutes(DemoData data, WireJson json) {
        this.data = data;
        this.json = json;
    }

    /** The route for these path segments, or empty when they are not a conversation endpoint. */
    Optional<DemoRoute> route(List<String> segments) {
        if (segments.isEmpty() || !segments.get(0).equals("conversations")) {
            return Optional.empty();
        }
        return switch (segments.size()) {
            case 1 -> Optional.of(this::conversations);
            case 2 -> Optional.of(query -> conversation(segments.get(1)));
            case 3 ->
                segments.get(2).equals("messages")
                        ? Optional.of(query -> messages(segments.get(1), query))
                        : Optional.empty();
            default -> Optional.empty();
        };
    }

    private DemoResponse conversations(QueryParameters query) throws InvalidQueryException {
        ConversationListQuery listQuery = ConversationListQuery.parse(query);
        return DemoResponse.json(200, json.conversationList(listQuery.apply(data.conversations())));
    }

    private DemoResponse conversation(String id) {
        return data.conversation(id)
                .map(c -> DemoResponse.json(200, json.singleConversation(c)))
                .orElseGet(() -> unknownConversation(json, id));
    }

    private DemoResponse messages(String id, QueryParameters query) throws InvalidQueryException {
        PageRequest page = PageRequest.parse(query);
        if (data.conversation(id).isEmpty()) {
            return unknownConversation(json, id);
        }
        int total = data.messageCount(id);
        long from = page.first();
        List<Message> messages = from >= total || from < 0
                ? List.of()
                : data.messages(id, (int) from, (int) Math.min(total, from + page.size()));
        return DemoResponse.json(200, json.messagePage(messages, page.number(), page.size(), total));
    }

    static DemoResponse unknownConversation(WireJson json, String id) {
        return DemoResponse.json(404, json.notFound("No conversation with id '" + id + "' was found."));
    }
}
