package com.transcriptviewer.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.api.TelnyxClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The app's own client reads the demo's assistant and insight answers, and gets NOT_FOUND where the demo says 404. */
class DemoServerClientTest {

    private static DemoServer server;
    private static TelnyxClient client;

    @BeforeAll
    static void start() throws Exception {
        server = DemoServer.start(DemoData.generate());
        client = new TelnyxClient(ApiConfig.defaults(server.baseUrl(), ApiKey.of("demo-key")));
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void readsAnAssistantAndItsOlderVersion() throws Exception {
        JsonNode current = client.assistant(DemoData.SHOP_ASSISTANT_ID, new CancelToken());
        JsonNode old =
                client.assistantVersion(DemoData.SHOP_ASSISTANT_ID, DemoData.SHOP_OLD_VERSION_ID, new CancelToken());

        assertThat(current.get("version_id").asText()).isEqualTo(DemoData.SHOP_VERSION_ID);
        assertThat(old.get("version_id").asText()).isEqualTo(DemoData.SHOP_OLD_VERSION_ID);
    }

    @Test
    void aMissingVersionAndAGoneAssistantAreNotFound() {
        assertThatThrownBy(() -> client.assistantVersion(
                        DemoData.PARCELNET_ASSISTANT_ID, DemoData.MISSING_VERSION_ID, new CancelToken()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
        assertThatThrownBy(() -> client.assistant(DemoData.GONE_ASSISTANT_ID, new CancelToken()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    void readsInsightsTheirGroupAndAPageOfTemplates() throws Exception {
        JsonNode runs = client.conversationInsights(DemoData.BILLING_TRANSFER_ID, new CancelToken());
        JsonNode group = client.insightGroup(DemoData.SUPPORT_INSIGHT_GROUP_ID, new CancelToken());
        JsonNode page = client.insightTemplates(2, 3, new CancelToken());

        assertThat(runs.at("/data/0/conversation_insights").size()).isEqualTo(4);
        assertThat(group.at("/data/insights").size()).isEqualTo(3);
        assertThat(page.at("/meta/page_number").asInt()).isEqualTo(2);
        assertThat(page.get("data").size()).isEqualTo(3);
    }
}
