package com.transcriptviewer.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every demo assistant with all its versions, as the assistant endpoints serve them. The current version is what
 * {@code GET /ai/assistants/{id}} answers; a conversation's {@code assistant_version_id} finds its own version here,
 * unless the demo says it is gone ({@link DemoData#MISSING_VERSION_ID}, {@link DemoData#GONE_ASSISTANT_ID}).
 */
final class DemoAssistants {

    /** Versions of each assistant, newest (current) first, by assistant id in catalogue order. */
    private final Map<String, List<DemoAssistant>> versions;

    private DemoAssistants(Map<String, List<DemoAssistant>> versions) {
        this.versions = versions;
    }

    static DemoAssistants catalogue() {
        Map<String, List<DemoAssistant>> versions = new LinkedHashMap<>();
        List<List<DemoAssistant>> histories = new ArrayList<>(PhoneAssistants.histories());
        histories.addAll(MessagingAssistants.histories());
        for (List<DemoAssistant> history : histories) {
            if (versions.put(history.get(0).id(), List.copyOf(history)) != null) {
                throw new IllegalStateException(
                        "two assistants share the id " + history.get(0).id());
            }
        }
        return new DemoAssistants(versions);
    }

    /** The current version of every assistant, in catalogue order. */
    List<DemoAssistant> all() {
        return versions.values().stream().map(history -> history.get(0)).toList();
    }

    Optional<DemoAssistant> current(String assistantId) {
        return Optional.ofNullable(versions.get(assistantId)).map(history -> history.get(0));
    }

    /** Every version of an assistant, newest first; empty when the assistant is unknown. */
    Optional<List<DemoAssistant>> versions(String assistantId) {
        return Optional.ofNullable(versions.get(assistantId));
    }

    Optional<DemoAssistant> version(String assistantId, String versionId) {
        return versions(assistantId)
                .flatMap(history -> history.stream()
                        .filter(version -> version.versionId().equals(versionId))
                        .findFirst());
    }
}
