package com.transcriptviewer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The official Node SDK reads the demo's assistants and insights through its own typed resources
 * ({@code conversation-context.mjs}): a conversation on the current version, two on an older version, one whose
 * version is no longer on record (the script falls back to the current assistant) and one whose assistant was
 * deleted (the SDK throws its NotFoundError and the script exits non-zero). What it read is compared with what the
 * demo serves, read here over plain HTTP; each run's wall time is printed. Only chats and texts are read: for a phone
 * call the script goes on to list the call's recordings, which the demo does not serve.
 */
@Tag("bench")
class PeerContextBenchmark {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theNodeSdkReadsTheDemosAssistantsAndInsights() throws Exception {
        NodePeer peer = NodePeer.prepare();
        try (DemoServer server = DemoServer.start(DemoData.generate())) {
            String base = server.baseUrl();
            peer.conversationContext(base, DemoData.PARALLEL_TOOLS_ID); // warm-up: Node's first start reads from disk

            NodePeer.Context current = read(peer, server, "current_version", DemoData.PARALLEL_TOOLS_ID);
            assertReadAsServed(
                    current, base, DemoData.SHOP_ASSISTANT_ID, DemoData.SHOP_VERSION_ID, DemoData.PARALLEL_TOOLS_ID);

            NodePeer.Context older = read(peer, server, "older_version", DemoData.OLD_VERSION_ID);
            assertReadAsServed(
                    older, base, DemoData.SHOP_ASSISTANT_ID, DemoData.SHOP_OLD_VERSION_ID, DemoData.OLD_VERSION_ID);
            assertThat(older.tools()).isLessThan(current.tools());

            NodePeer.Context ungrouped = read(peer, server, "ungrouped_insight", DemoData.PASSWORD_RESET_ID);
            assertReadAsServed(
                    ungrouped,
                    base,
                    DemoData.SHOP_ASSISTANT_ID,
                    DemoData.SHOP_OLD_VERSION_ID,
                    DemoData.PASSWORD_RESET_ID);
            assertThat(ungrouped.insightsNamed())
                    .as("Escalation risk is in no group")
                    .isLessThan(ungrouped.insights());

            server.clearRequests();
            NodePeer.Context missing = read(peer, server, "missing_version", DemoData.VERSION_MISSING_ID);
            assertReadAsServed(
                    missing,
                    base,
                    DemoData.PARCELNET_ASSISTANT_ID,
                    DemoData.PARCELNET_VERSION_ID,
                    DemoData.VERSION_MISSING_ID);
            assertThat(server.requests())
                    .as("the version answered 404, then the script read the current assistant")
                    .contains(
                            "/v2/ai/assistants/" + DemoData.PARCELNET_ASSISTANT_ID + "/versions/"
                                    + DemoData.MISSING_VERSION_ID,
                            "/v2/ai/assistants/" + DemoData.PARCELNET_ASSISTANT_ID);

            server.clearRequests();
            NodePeer.Context gone = read(peer, server, "gone_assistant", DemoData.ASSISTANT_GONE_ID);
            assertThat(gone.succeeded()).as(gone.output()).isFalse();
            assertThat(gone.output()).contains("NotFoundError", "404", "10005", DemoData.GONE_ASSISTANT_ID);
            assertThat(server.requests())
                    .as("no retry of a 404, and nothing read after it")
                    .containsExactly(
                            "/v2/ai/conversations/" + DemoData.ASSISTANT_GONE_ID,
                            "/v2/ai/assistants/" + DemoData.GONE_ASSISTANT_ID + "/versions/20250220T111505000000",
                            "/v2/ai/assistants/" + DemoData.GONE_ASSISTANT_ID);

            Bench.report("peer_context_gone_assistant_exit_code", gone.exitCode(), "code");
            Bench.report("peer_context_tools_current_version", current.tools(), "tools");
            Bench.report("peer_context_tools_older_version", older.tools(), "tools");
            Bench.report("peer_context_insights_ungrouped", ungrouped.insights(), "results");
            Bench.report("peer_context_insights_named_ungrouped", ungrouped.insightsNamed(), "results");
        }
    }

    private static NodePeer.Context read(NodePeer peer, DemoServer server, String what, String conversationId)
            throws Exception {
        NodePeer.Context context = peer.conversationContext(server.baseUrl(), conversationId);
        Bench.report("peer_context_" + what + "_ms", context.millis(), "ms");
        return context;
    }

    /** The peer read this assistant at this version, with as many tools and insights as the demo serves. */
    private static void assertReadAsServed(
            NodePeer.Context context, String base, String assistantId, String versionId, String conversationId)
            throws Exception {
        assertThat(context.succeeded()).as(context.output()).isTrue();
        JsonNode assistant = get(base + "/ai/assistants/" + assistantId + "/versions/" + versionId);
        JsonNode group = get(base + "/ai/conversations/insight-groups/"
                        + assistant.at("/insight_settings/insight_group_id").asText())
                .get("data");
        Set<String> grouped = new HashSet<>();
        group.get("insights").forEach(t -> grouped.add(t.get("id").asText()));
        int insights = 0;
        int named = 0;
        for (JsonNode run : get(base + "/ai/conversations/" + conversationId + "/conversations-insights")
                .get("data")) {
            for (JsonNode insight : run.get("conversation_insights")) {
                insights++;
                named += grouped.contains(insight.get("insight_id").asText()) ? 1 : 0;
            }
        }

        assertThat(context.assistant()).isEqualTo(assistant.get("name").asText());
        assertThat(context.versionId()).isEqualTo(versionId);
        assertThat(context.tools()).isEqualTo(assistant.get("tools").size());
        assertThat(context.insights()).isEqualTo(insights).isPositive();
        assertThat(context.insightsNamed()).isEqualTo(named).isPositive();
        assertThat(context.recordings()).isZero();
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer bench-key")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return MAPPER.readTree(response.body());
    }
}
