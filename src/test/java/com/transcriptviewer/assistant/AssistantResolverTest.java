package com.transcriptviewer.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.RetryPolicy;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.model.Conversation;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which assistant a conversation's calls are checked against, against a server answering as the API does. */
class AssistantResolverTest {

    private static final String ID = "assistant-2f9a0d4c-1b7e-4c3a-8e6d-7a5b9c1d2e3f";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private TelnyxClient client;
    private AssistantResolver resolver;
    private final Map<String, MockResponse> answers = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeEach
    void start() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answers.getOrDefault(
                        request.getUrl().encodedPath(),
                        json(404, "{\"errors\":[{\"code\":\"10005\",\"title\":\"Resource not found\"}]}"));
            }
        });
        client = new TelnyxClient(ApiConfig.defaults(server.url("/v2").toString(), ApiKey.of("key"))
                .withRetryPolicy(RetryPolicy.defaults().withJitter(() -> 1.0))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)));
        resolver = new AssistantResolver(client);
    }

    @AfterEach
    void stop() {
        client.close();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).body(body).build();
    }

    private static String assistant(String version) {
        return "{\"id\":\"" + ID + "\",\"name\":\"Scheduler\",\"version_id\":\"" + version + "\",\"tools\":["
                + "{\"type\":\"hangup\",\"hangup\":{\"description\":\"End the call\"}}]}";
    }

    private static Conversation conversation(Map<String, Object> metadata) {
        return new Conversation("c1", "Call", null, null, metadata);
    }

    @Test
    void theVersionTheConversationNamesWins() {
        answers.put("/v2/ai/assistants/" + ID + "/versions/v1", json(200, assistant("v1")));
        answers.put("/v2/ai/assistants/" + ID, json(200, assistant("v2")));

        Resolution found = resolver.resolve(
                conversation(Map.of("assistant_id", ID, "assistant_version_id", "v1")), new CancelToken());

        assertThat(found.assistant()).map(AssistantDefinition::versionId).contains("v1");
        assertThat(found.basis()).isEqualTo("Checked against Scheduler, version v1.");
    }

    @Test
    void aVersionNotFoundFallsBackToTheCurrentAssistantAndSaysSo() {
        answers.put("/v2/ai/assistants/" + ID, json(200, assistant("v2")));

        Resolution found = resolver.resolve(
                conversation(Map.of("assistant_id", ID, "assistant_version_id", "v1")), new CancelToken());

        assertThat(found.assistant()).map(AssistantDefinition::versionId).contains("v2");
        assertThat(found.basis())
                .isEqualTo("Checked against the current version of Scheduler; version v1 was not found.");
    }

    @Test
    void withoutAVersionTheCurrentAssistantIsUsed() {
        answers.put("/v2/ai/assistants/" + ID, json(200, "{\"data\":" + assistant("v2") + "}"));

        Resolution found = resolver.resolve(conversation(Map.of("assistant_id", ID)), new CancelToken());

        assertThat(found.assistant()).isPresent();
        assertThat(found.basis()).isEqualTo("Checked against Scheduler, version v2.");
    }

    @Test
    void noAssistantGoneOrForbiddenSaysWhich() {
        assertThat(resolver.resolve(conversation(Map.of()), new CancelToken()).basis())
                .isEqualTo("No definition: the conversation names no assistant.");
        assertThat(resolver.resolve(conversation(Map.of("assistant_id", ID)), new CancelToken())
                        .basis())
                .isEqualTo("No definition: assistant " + ID + " was not found.");
        answers.put(
                "/v2/ai/assistants/assistant-other",
                json(403, "{\"errors\":[{\"code\":\"10010\",\"title\":\"Authorization failed\"}]}"));
        assertThat(resolver.resolve(conversation(Map.of("assistant_id", "assistant-other")), new CancelToken())
                        .basis())
                .isEqualTo("No definition: the API key may not read assistant assistant-other.");
    }

    @Test
    void whatTheApiAnsweredIsKeptButAPassingFailureIsAskedAgain() throws Exception {
        answers.put("/v2/ai/assistants/" + ID, json(200, assistant("v2")));
        resolver.resolve(conversation(Map.of("assistant_id", ID)), new CancelToken());
        int asked = server.getRequestCount();
        resolver.resolve(conversation(Map.of("assistant_id", ID)), new CancelToken());
        assertThat(server.getRequestCount()).as("kept for the session").isEqualTo(asked);

        answers.put("/v2/ai/assistants/assistant-flaky", json(500, "{}"));
        Resolution failed =
                resolver.resolve(conversation(Map.of("assistant_id", "assistant-flaky")), new CancelToken());
        assertThat(failed.assistant()).isEmpty();
        assertThat(failed.basis()).startsWith("No definition: assistant assistant-flaky could not be read (");
        answers.put("/v2/ai/assistants/assistant-flaky", json(200, assistant("v3")));
        assertThat(resolver.resolve(conversation(Map.of("assistant_id", "assistant-flaky")), new CancelToken())
                        .assistant())
                .as("a server error is not remembered")
                .isPresent();
    }
}
