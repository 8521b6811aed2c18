package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.JsonTree.object;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The insight endpoints: {@code GET /ai/conversations/insights} (templates, paged with {@code meta}),
 * {@code GET /ai/conversations/insights/{id}} and {@code GET /ai/conversations/insight-groups/{id}} (each wrapped in
 * {@code data}), {@code GET /ai/conversations/insight-groups} (paged), and
 * {@code GET /ai/conversations/{id}/conversations-insights} (a conversation's runs, paged). They live under the
 * conversations path, so these routes are asked before the conversation ones: "insights" is not a conversation id.
 */
final class InsightRoutes {

    private final DemoData data;
    private final DemoInsights insights;
    private final WireJson json;

    InsightRoutes(DemoData data, WireJson json) {
        this.data = data;
        this.insights = data.insights();
        this.json = json;
    }

    /** The route for these path segments, or empty when they are not an insight endpoint. */
    Optional<DemoRoute> route(List<String> segments) {
        if (segments.size() < 2 || segments.size() > 3 || !segments.get(0).equals("conversations")) {
            return Optional.empty();
        }
        String second = segments.get(1);
        Optional<String> id = segments.size() == 3 ? Optional.of(segments.get(2)) : Optional.empty();
        if (id.isPresent() && id.get().equals("conversations-insights")) {
            return Optional.of(query -> runs(second, PageRequest.parse(query)));
        }
        if (second.equals("insights")) {
            return Optional.of(id.isEmpty() ? this::templates : query -> template(id.get()));
        }
        if (second.equals("insight-groups")) {
            return Optional.of(id.isEmpty() ? this::groups : query -> group(id.get()));
        }
        return Optional.empty();
    }

    private DemoResponse templates(QueryParameters query) throws InvalidQueryException {
        return page(insights.templates(), InsightTemplate::toWire, PageRequest.parse(query));
    }

    private DemoResponse groups(QueryParameters query) throws InvalidQueryException {
        return page(insights.groups(), InsightGroup::toWire, PageRequest.parse(query));
    }

    private DemoResponse template(String id) {
        return one(insights.template(id).map(InsightTemplate::toWire), "No insight with id '" + id + "' was found.");
    }

    private DemoResponse group(String id) {
        return one(insights.group(id).map(InsightGroup::toWire), "No insight group with id '" + id + "' was found.");
    }

    private DemoResponse runs(String conversationId, PageRequest page) {
        if (data.conversation(conversationId).isEmpty()) {
            return ConversationRoutes.unknownConversation(json, conversationId);
        }
        return page(insights.runs(conversationId), InsightRun::toWire, page);
    }

    private <T> DemoResponse page(List<T> all, Function<T, Object> wire, PageRequest page) {
        return DemoResponse.json(200, json.tree(page.body(all, wire)));
    }

    /** {@code {"data": found}}, or 404 saying what was not found. */
    private DemoResponse one(Optional<Object> found, String notFound) {
        return found.map(tree -> DemoResponse.json(200, json.tree(object("data", tree))))
                .orElseGet(() -> DemoResponse.json(404, json.notFound(notFound)));
    }
}
