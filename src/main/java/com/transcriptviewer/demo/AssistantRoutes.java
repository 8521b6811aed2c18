package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.JsonTree.object;

import java.util.List;
import java.util.Optional;

/**
 * The assistant endpoints: {@code GET /ai/assistants} ({@code {"data":[...]}}, no paging),
 * {@code GET /ai/assistants/{id}} (the current version, bare, not wrapped in {@code data}),
 * {@code GET /ai/assistants/{id}/versions} ({@code {"data":[...]}}, newest first) and
 * {@code GET /ai/assistants/{id}/versions/{version_id}} (bare). Unknown assistants and versions are 404.
 */
final class AssistantRoutes {

    private final DemoAssistants assistants;
    private final WireJson json;

    AssistantRoutes(DemoAssistants assistants, WireJson json) {
        this.assistants = assistants;
        this.json = json;
    }

    /** The route for these path segments, or empty when they are not an assistant endpoint. */
    Optional<DemoRoute> route(List<String> segments) {
        if (segments.isEmpty() || !segments.get(0).equals("assistants")) {
            return Optional.empty();
        }
        boolean versions = segments.size() > 2 && segments.get(2).equals("versions");
        return switch (segments.size()) {
            case 1 -> Optional.of(query -> list(assistants.all()));
            case 2 -> Optional.of(query -> assistant(segments.get(1)));
            case 3 -> versions ? Optional.of(query -> versions(segments.get(1))) : Optional.empty();
            case 4 -> versions ? Optional.of(query -> version(segments.get(1), segments.get(3))) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private DemoResponse assistant(String id) {
        return assistants.current(id).map(this::bare).orElseGet(() -> unknownAssistant(id));
    }

    private DemoResponse versions(String id) {
        return assistants.versions(id).map(this::list).orElseGet(() -> unknownAssistant(id));
    }

    private DemoResponse version(String id, String versionId) {
        if (assistants.current(id).isEmpty()) {
            return unknownAssistant(id);
        }
        return assistants
                .version(id, versionId)
                .map(this::bare)
                .orElseGet(() -> DemoResponse.json(
                        404, json.notFound("No version '" + versionId + "' of assistant '" + id + "' was found.")));
    }

    private DemoResponse bare(DemoAssistant assistant) {
        return DemoResponse.json(200, json.tree(assistant.toWire()));
    }

    private DemoResponse list(List<DemoAssistant> list) {
        return DemoResponse.json(
                200,
                json.tree(
                        object("data", list.stream().map(DemoAssistant::toWire).toList())));
    }

    private DemoResponse unknownAssistant(String id) {
        return DemoResponse.json(404, json.notFound("No assistant with id '" + id + "' was found."));
    }
}
