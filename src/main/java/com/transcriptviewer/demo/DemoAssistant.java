package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.JsonTree.object;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One version of a demo assistant, as {@code GET /ai/assistants/{id}} (the current version) or
 * {@code GET /ai/assistants/{id}/versions/{version_id}} serves it: what it is told, which model runs it, the tools it
 * declares, the insight group that analyses its conversations, and whether its calls are recorded. Immutable.
 *
 * @param versionId a timestamp-like id such as {@code 20250415T130721512000}, as conversations name it in
 *                  {@code metadata.assistant_version_id}; the version was made at that time (UTC)
 * @param tools     entries built by {@link DemoTools}
 * @param channels  the recording's channels: {@code single} or {@code dual}; recording is off when null
 * @param format    the recording's format: {@code mp3} or {@code wav}
 */
record DemoAssistant(
        String id,
        String name,
        String description,
        String model,
        String instructions,
        String greeting,
        Instant createdAt,
        List<String> features,
        List<Map<String, Object>> tools,
        String insightGroupId,
        String channels,
        String format,
        String versionId,
        String versionName) {

    private static final DateTimeFormatter VERSION_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSSSSS");

    DemoAssistant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(versionId, "versionId");
        features = List.copyOf(features);
        tools = List.copyOf(tools);
        versionCreatedAt(versionId); // fails early on an id that is not timestamp-like
    }

    /** When this version was made: the time its id spells. */
    Instant versionCreatedAt() {
        return versionCreatedAt(versionId);
    }

    /** The same assistant as it was in an earlier version, with that version's tools. */
    DemoAssistant asVersion(String olderVersionId, String olderVersionName, List<Map<String, Object>> olderTools) {
        return new DemoAssistant(
                id,
                name,
                description,
                model,
                instructions,
                greeting,
                createdAt,
                features,
                olderTools,
                insightGroupId,
                channels,
                format,
                olderVersionId,
                olderVersionName);
    }

    /** The assistant object in the API's shape, keys in a fixed order. */
    Map<String, Object> toWire() {
        Map<String, Object> recording = channels == null
                ? object("enabled", false, "channels", "single", "format", "mp3")
                : object("enabled", true, "channels", channels, "format", format);
        return object(
                "id",
                id,
                "name",
                name,
                "created_at",
                DemoTimes.format(createdAt),
                "description",
                description,
                "model",
                model,
                "instructions",
                instructions,
                "greeting",
                greeting,
                "enabled_features",
                features,
                "tools",
                tools,
                "insight_settings",
                object("insight_group_id", insightGroupId),
                "telephony_settings",
                object("recording_settings", recording),
                "version_id",
                versionId,
                "version_name",
                versionName,
                "version_created_at",
                DemoTimes.format(versionCreatedAt()));
    }

    private static Instant versionCreatedAt(String versionId) {
        return LocalDateTime.parse(versionId, VERSION_TIME).toInstant(ZoneOffset.UTC);
    }

    static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /** Writes an assistant field by field, so the catalogue reads like the portal's form. */
    static final class Builder {

        private final String id;
        private final String name;
        private String description;
        private String model;
        private String instructions;
        private String greeting;
        private Instant createdAt;
        private List<String> features = List.of();
        private List<Map<String, Object>> tools = List.of();
        private String insightGroupId;
        private String channels;
        private String format;
        private String versionId;
        private String versionName;

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        Builder describedAs(String description) {
            this.description = description;
            return this;
        }

        Builder model(String model) {
            this.model = model;
            return this;
        }

        Builder instructions(String instructions) {
            this.instructions = instructions;
            return this;
        }

        Builder greeting(String greeting) {
            this.greeting = greeting;
            return this;
        }

        Builder created(String isoInstant) {
            this.createdAt = Instant.parse(isoInstant);
            return this;
        }

        /** Answers calls, recording both legs ({@code dual}) or one mix ({@code single}) in {@code format}. */
        Builder phone(String recordingChannels, String recordingFormat) {
            this.features = List.of("telephony");
            this.channels = recordingChannels;
            this.format = recordingFormat;
            return this;
        }

        /** Answers SMS and web chats; nothing to record. */
        Builder messaging() {
            this.features = List.of("messaging");
            this.channels = null;
            this.format = null;
            return this;
        }

        @SafeVarargs
        final Builder tools(Map<String, Object>... tools) {
            this.tools = List.of(tools);
            return this;
        }

        Builder insightGroup(String groupId) {
            this.insightGroupId = groupId;
            return this;
        }

        Builder version(String id, String name) {
            this.versionId = id;
            this.versionName = name;
            return this;
        }

        DemoAssistant build() {
            return new DemoAssistant(
                    id,
                    name,
                    description,
                    model,
                    instructions,
                    greeting,
                    createdAt,
                    features,
                    tools,
                    insightGroupId,
                    channels,
                    format,
                    versionId,
                    versionName);
        }
    }
}
