package com.transcriptviewer.assistant;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Metadata;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the assistant a conversation was held with, as the API describes it: the version the conversation names
 * ({@code metadata.assistant_version_id}) when the API still has it, else the assistant as it is now (and the basis
 * says so), else the reason there is none. What the API answered is kept for the session, per assistant and version,
 * so a second conversation of the same assistant costs no request; a failure that may pass (the network, a server
 * error) is not kept. Blocking and thread-safe: call it off the FX thread.
 */
public final class AssistantResolver {

    /** Where the API puts the assistant's version in a conversation's metadata (seen in real payloads). */
    public static final String VERSION_ID = "assistant_version_id";

    private final TelnyxClient client;
    private final Map<String, Resolution> answered = new ConcurrentHashMap<>();

    public AssistantResolver(TelnyxClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** The assistant {@code conversation}'s metadata names, or why there is none; never throws. */
    public Resolution resolve(Conversation conversation, CancelToken cancel) {
        String assistantId = conversation == null ? null : conversation.assistantId();
        String versionId = conversation == null ? null : Metadata.string(conversation.metadata(), VERSION_ID);
        return resolve(assistantId, versionId, cancel);
    }

    /** The assistant {@code assistantId} at {@code versionId} (may be null or blank), or why there is none. */
    public Resolution resolve(String assistantId, String versionId, CancelToken cancel) {
        if (assistantId == null || assistantId.isBlank()) {
            return Resolution.none("the conversation names no assistant.");
        }
        String version = versionId == null ? "" : versionId.strip();
        String key = assistantId + "\n" + version;
        Resolution known = answered.get(key);
        if (known != null) {
            return known;
        }
        Outcome outcome =
                version.isEmpty() ? current(assistantId, "", cancel) : versioned(assistantId, version, cancel);
        if (outcome.lasting()) {
            answered.put(key, outcome.resolution());
        }
        return outcome.resolution();
    }

    private record Outcome(Resolution resolution, boolean lasting) {}

    private Outcome versioned(String assistantId, String versionId, CancelToken cancel) {
        try {
            AssistantDefinition found =
                    AssistantDefinition.read(client.assistantVersion(assistantId, versionId, cancel));
            return new Outcome(Resolution.of(found, "Checked against " + found.describe() + "."), true);
        } catch (ApiException e) {
            if (e.kind() != ErrorKind.NOT_FOUND) {
                return failed(assistantId, e);
            }
            // Whether assistant_version_id always names a version the API keeps is not documented: fall back to the
            // assistant as it is now, and say so.
            return current(assistantId, versionId, cancel);
        } catch (AssistantFormatException e) {
            return new Outcome(Resolution.none(unreadable(assistantId, e)), true);
        }
    }

    private Outcome current(String assistantId, String missingVersion, CancelToken cancel) {
        try {
            AssistantDefinition found = AssistantDefinition.read(client.assistant(assistantId, cancel));
            String basis = missingVersion.isEmpty()
                    ? "Checked against " + found.describe() + "."
                    : "Checked against the current version of " + name(found) + "; version " + missingVersion
                            + " was not found.";
            return new Outcome(Resolution.of(found, basis), true);
        } catch (ApiException e) {
            return failed(assistantId, e);
        } catch (AssistantFormatException e) {
            return new Outcome(Resolution.none(unreadable(assistantId, e)), true);
        }
    }

    private static Outcome failed(String assistantId, ApiException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> new Outcome(Resolution.none("assistant " + assistantId + " was not found."), true);
            case UNAUTHORIZED, FORBIDDEN ->
                new Outcome(Resolution.none("the API key may not read assistant " + assistantId + "."), true);
            default ->
                new Outcome(
                        Resolution.none("assistant " + assistantId + " could not be read (" + e.userMessage() + ")."),
                        false);
        };
    }

    private static String unreadable(String assistantId, AssistantFormatException e) {
        return "assistant " + assistantId + " could not be read: " + e.getMessage();
    }

    private static String name(AssistantDefinition assistant) {
        return assistant.name().isBlank() ? assistant.id() : assistant.name();
    }
}
