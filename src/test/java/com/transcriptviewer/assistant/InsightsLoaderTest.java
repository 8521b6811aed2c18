package com.transcriptviewer.assistant;

import static com.transcriptviewer.testing.FakeInsightsApi.assistant;
import static com.transcriptviewer.testing.FakeInsightsApi.group;
import static com.transcriptviewer.testing.FakeInsightsApi.run;
import static com.transcriptviewer.testing.FakeInsightsApi.runs;
import static com.transcriptviewer.testing.FakeInsightsApi.template;
import static com.transcriptviewer.testing.FakeInsightsApi.templatePage;
import static com.transcriptviewer.testing.FakeInsightsApi.templatePageTarget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.model.ConversationInsights;
import com.transcriptviewer.model.InsightResult;
import com.transcriptviewer.model.InsightResult.Field;
import com.transcriptviewer.model.InsightResult.Status;
import com.transcriptviewer.testing.FakeInsightsApi;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading a conversation's insights and naming them, against an API answering in the documented shapes. */
class InsightsLoaderTest {

    private static final String INSIGHTS = "/ai/conversations/c1/conversations-insights";
    private static final String SUMMARY = template("ins-sum", "Summary", "default", null);
    private static final String OUTCOME = template(
            "ins-out",
            "Call outcome",
            "custom",
            "{\"type\":\"object\",\"properties\":{\"resolved\":{\"type\":\"boolean\"}}}");

    private FakeInsightsApi api;
    private TelnyxClient client;
    private final InsightsLoader loader = new InsightsLoader();

    @BeforeEach
    void start() throws Exception {
        api = new FakeInsightsApi(null);
        client = new TelnyxClient(ApiConfig.defaults(api.baseUrl(), ApiKey.of("KEY0123456789abcdef")));
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        api.close();
    }

    private ConversationInsights load(Optional<String> groupId) throws ApiException {
        return loader.load(client, "c1", groupId, new CancelToken());
    }

    @Test
    void aConversationNoInsightRanOnHasNone() throws Exception {
        api.answer(INSIGHTS, runs());

        ConversationInsights insights = load(Optional.empty());

        assertThat(insights).isEqualTo(ConversationInsights.NONE);
        assertThat(insights.describe()).isEqualTo("No insights for this conversation.");
        assertThat(api.requests()).containsExactly(INSIGHTS);
    }

    @Test
    void everyStatusIsReadAndTheNewestRunSaysWhereThingsStand() throws Exception {
        api.answer(templatePageTarget(1), templatePage(1, 1, SUMMARY));
        for (String status : new String[] {"pending", "in_progress", "completed", "failed", "archived"}) {
            api.answer(INSIGHTS, runs(run("r1", status, "2025-04-01T10:05:00Z", "ins-sum", "Booked.")));
            InsightResult result = load(Optional.empty()).results().get(0);
            assertThat(result.status().wireName()).isEqualTo(status.equals("archived") ? "unknown" : status);
        }

        api.answer(INSIGHTS, runs(run("r1", "in_progress", "2025-04-01T10:05:00Z", "ins-sum", null)));
        ConversationInsights pending = load(Optional.empty());
        assertThat(pending.state()).isEqualTo(ConversationInsights.State.PENDING);
        assertThat(pending.results().get(0).text()).isEmpty();
        assertThat(pending.summary()).isEmpty();

        // An older completed run does not hide that the newest one failed; its result still shows.
        api.answer(
                INSIGHTS,
                runs(
                        run("old", "completed", "2025-04-01T10:05:00Z", "ins-sum", "Booked."),
                        run("new", "failed", "2025-04-02T08:00:00Z")));
        ConversationInsights failed = load(Optional.empty());
        assertThat(failed.state()).isEqualTo(ConversationInsights.State.FAILED);
        assertThat(failed.describe()).isEqualTo("Telnyx could not generate insights for this conversation.");
        assertThat(failed.results()).extracting(InsightResult::text).containsExactly("Booked.");
        assertThat(failed.results().get(0).createdAt()).isEqualTo(Instant.parse("2025-04-01T10:05:00Z"));
    }

    @Test
    void eachInsightShowsItsNewestResult() throws Exception {
        api.answer(templatePageTarget(1), templatePage(1, 1, SUMMARY));
        api.answer(
                INSIGHTS,
                runs(
                        run("old", "completed", "2025-04-01T10:05:00Z", "ins-sum", "First try."),
                        run("new", "completed", "2025-04-03T10:05:00Z", "ins-sum", "Second try.")));

        ConversationInsights insights = load(Optional.empty());

        assertThat(insights.results()).extracting(InsightResult::text).containsExactly("Second try.");
        assertThat(insights.state()).isEqualTo(ConversationInsights.State.COMPLETE);
        assertThat(insights.describe()).isEqualTo("1 insight.");
    }

    @Test
    void aReRunKeepsTheOrderTheInsightsFirstAppearedIn() throws Exception {
        api.answer(templatePageTarget(1), templatePage(1, 1, SUMMARY, OUTCOME));
        api.answer(
                INSIGHTS,
                runs(
                        run("new", "completed", "2025-04-03T10:05:00Z", "ins-out", "{\"resolved\":false}", "x", "New."),
                        run("old", "completed", "2025-04-01T10:05:00Z", "ins-sum", "Old.", "ins-out", "{}")));

        ConversationInsights insights = load(Optional.empty());

        assertThat(insights.results()).extracting(InsightResult::insightId).containsExactly("ins-sum", "ins-out", "x");
        assertThat(insights.results().get(1).fields()).containsExactly(new Field("resolved", "false"));
        assertThat(insights.results().get(0).createdAt()).isEqualTo(Instant.parse("2025-04-01T10:05:00Z"));
    }

    @Test
    void textResultsStayTextAndJsonResultsBecomeLabelledFields() throws Exception {
        api.answer(templatePageTarget(1), templatePage(1, 1, SUMMARY, OUTCOME));
        String json = "{\"resolved\":true,\"caller\":{\"name\":\"Ann\",\"phone\":{\"e164\":\"+13125550199\"}},"
                + "\"topics\":[\"booking\",\"parking\"],\"rating\":4.5,\"notes\":null,\"steps\":[{\"a\":1}]}";
        api.answer(
                INSIGHTS,
                runs(run(
                        "r1",
                        "completed",
                        "2025-04-01T10:05:00Z",
                        "ins-sum",
                        "The caller booked a table.\nFour people.",
                        "ins-out",
                        json)));

        ConversationInsights insights = load(Optional.empty());

        InsightResult summary = insights.results().get(0);
        assertThat(summary.name()).isEqualTo("Summary");
        assertThat(summary.hasFields()).isFalse();
        assertThat(summary.text()).isEqualTo("The caller booked a table.\nFour people.");
        assertThat(summary.defaultTemplate()).isTrue();
        InsightResult outcome = insights.results().get(1);
        assertThat(outcome.name()).isEqualTo("Call outcome");
        assertThat(outcome.defaultTemplate()).isFalse();
        assertThat(outcome.fields())
                .containsExactly(
                        new Field("resolved", "true"),
                        new Field("caller.name", "Ann"),
                        new Field("caller.phone.e164", "+13125550199"),
                        new Field("topics", "booking, parking"),
                        new Field("rating", "4.5"),
                        new Field("notes", "(none)"),
                        new Field("steps", "{\"a\":1}"));
        assertThat(outcome.text()).isEqualTo(json);
        assertThat(insights.summary()).contains(summary);
        assertThat(summary.oneLine()).isEqualTo("The caller booked a table. Four people.");
    }

    @Test
    void aTextInsightThatLooksLikeJsonStaysTextAndBrokenJsonIsShownAsReceived() throws Exception {
        api.answer(templatePageTarget(1), templatePage(1, 1, SUMMARY, OUTCOME));
        api.answer(
                INSIGHTS,
                runs(run(
                        "r1",
                        "completed",
                        "2025-04-01T10:05:00Z",
                        "ins-sum",
                        "{\"looks\":\"like json\"}",
                        "ins-out",
                        "{\"resolved\": tru")));

        ConversationInsights insights = load(Optional.empty());

        assertThat(insights.results()).allSatisfy(r -> assertThat(r.hasFields()).isFalse());
        assertThat(insights.results())
                .extracting(InsightResult::text)
                .containsExactly("{\"looks\":\"like json\"}", "{\"resolved\": tru");
    }

    @Test
    void namesComeFromTheAssistantsInsightGroupInOneRequest() throws Exception {
        api.answer("/ai/assistants/assistant-1", assistant("assistant-1", "grp-1"));
        api.answer("/ai/conversations/insight-groups/grp-1", group("grp-1", SUMMARY, OUTCOME));
        api.answer(
                INSIGHTS, runs(run("r1", "completed", "2025-04-01T10:05:00Z", "ins-sum", "Booked.", "ins-out", "{}")));

        Optional<String> groupId = loader.groupOf(client, "assistant-1", new CancelToken());
        ConversationInsights insights = load(groupId);

        assertThat(groupId).contains("grp-1");
        assertThat(insights.results()).extracting(InsightResult::name).containsExactly("Summary", "Call outcome");
        assertThat(api.requests())
                .containsExactly("/ai/assistants/assistant-1", INSIGHTS, "/ai/conversations/insight-groups/grp-1");

        // Remembered for the session: the next conversation asks for its insights only.
        api.clearRequests();
        loader.groupOf(client, "assistant-1", new CancelToken());
        load(groupId);
        assertThat(api.requests()).containsExactly(INSIGHTS);
    }

    @Test
    void anAssistantIsReadBareOrWrappedAndOneWithoutAGroupHasNone() throws Exception {
        api.answer("/ai/assistants/a-wrapped", "{\"data\":" + assistant("a-wrapped", "grp-9") + "}");
        api.answer("/ai/assistants/a-none", assistant("a-none", null));
        api.fail("/ai/assistants/a-gone", 404, "10005", "Resource not found");

        assertThat(loader.groupOf(client, "a-wrapped", new CancelToken())).contains("grp-9");
        assertThat(loader.groupOf(client, "a-none", new CancelToken())).isEmpty();
        assertThat(loader.groupOf(client, "a-gone", new CancelToken())).isEmpty();
        assertThat(loader.groupOf(client, "", new CancelToken())).isEmpty();
    }

    @Test
    void theAssistantCanBeReadFromTheConversationItself() throws Exception {
        api.answer(
                "/ai/conversations/c1",
                "{\"data\":{\"id\":\"c1\",\"name\":\"Call\",\"created_at\":\"2025-04-01T10:00:00Z\","
                        + "\"metadata\":{\"assistant_id\":\"assistant-1\"}}}");
        api.answer("/ai/conversations/c2", "{\"data\":{\"id\":\"c2\",\"metadata\":{}}}");

        assertThat(loader.assistantOf(client, "c1", new CancelToken())).contains("assistant-1");
        assertThat(loader.assistantOf(client, "c2", new CancelToken())).isEmpty();
        assertThat(loader.assistantOf(client, "c3", new CancelToken()))
                .as("unknown")
                .isEmpty();
    }

    @Test
    void withoutAGroupTheTemplateListIsPagedUntilEveryNameIsFound() throws Exception {
        api.answer(templatePageTarget(1), templatePage(1, 5, template("other", "Other", "custom", null)));
        api.answer(templatePageTarget(2), templatePage(2, 5, SUMMARY, OUTCOME));
        api.answer(templatePageTarget(3), templatePage(3, 5, template("more", "More", "custom", null)));
        api.answer(
                INSIGHTS, runs(run("r1", "completed", "2025-04-01T10:05:00Z", "ins-sum", "Booked.", "ins-out", "{}")));

        ConversationInsights insights = load(Optional.empty());

        assertThat(insights.results()).extracting(InsightResult::name).containsExactly("Summary", "Call outcome");
        assertThat(api.requests()).containsExactly(INSIGHTS, templatePageTarget(1), templatePageTarget(2));
    }

    @Test
    void aGroupThatCannotBeReadFallsBackToTheList() throws Exception {
        api.fail("/ai/conversations/insight-groups/grp-x", 404, "10005", "Resource not found");
        api.answer(templatePageTarget(1), templatePage(1, 1, SUMMARY));
        api.answer(INSIGHTS, runs(run("r1", "completed", "2025-04-01T10:05:00Z", "ins-sum", "Booked.")));

        assertThat(load(Optional.of("grp-x")).results().get(0).name()).isEqualTo("Summary");
    }

    @Test
    void anUnknownTemplateIsNamedByItsIdAndTheListIsReadToItsEndOnly() throws Exception {
        api.answer(templatePageTarget(1), templatePage(1, 2, SUMMARY));
        api.answer(templatePageTarget(2), templatePage(2, 2, OUTCOME));
        api.answer(
                INSIGHTS,
                runs(run("r1", "completed", "2025-04-01T10:05:00Z", "ins-gone", "{\"score\":3}", "ins-sum", "ok")));

        ConversationInsights insights = load(Optional.empty());

        InsightResult unknown = insights.results().get(0);
        assertThat(unknown.name()).isEqualTo("Insight ins-gone");
        // With no template to say, a JSON object is still shown as fields.
        assertThat(unknown.fields()).containsExactly(new Field("score", "3"));
        assertThat(api.requests()).containsExactly(INSIGHTS, templatePageTarget(1), templatePageTarget(2));
    }

    @Test
    void aListThatNeverEndsIsReadToABound() throws Exception {
        for (int page = 1; page <= InsightTemplates.MAX_PAGES + 5; page++) {
            api.answer(
                    templatePageTarget(page),
                    templatePage(page, 1_000_000, template("t" + page, "T" + page, "custom", null)));
        }
        api.answer(INSIGHTS, runs(run("r1", "completed", "2025-04-01T10:05:00Z", "ins-gone", "x")));

        assertThat(load(Optional.empty()).results().get(0).name()).isEqualTo("Insight ins-gone");
        assertThat(api.requests()).hasSize(1 + InsightTemplates.MAX_PAGES);
    }

    @Test
    void aFailedListLeavesNamesUnknownButTheResultsShown() throws Exception {
        api.fail(templatePageTarget(1), 403, "10010", "Authorization failed");
        api.answer(INSIGHTS, runs(run("r1", "completed", "2025-04-01T10:05:00Z", "ins-sum", "Booked.")));

        InsightResult result = load(Optional.empty()).results().get(0);

        assertThat(result.name()).isEqualTo("Insight ins-sum");
        assertThat(result.text()).isEqualTo("Booked.");
        assertThat(result.status()).isEqualTo(Status.COMPLETED);
    }

    @Test
    void insightsThatCannotBeReadFailWithTheApisReason() {
        api.fail(INSIGHTS, 404, "10005", "Resource not found");

        assertThatThrownBy(() -> load(Optional.empty()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    void aCancelledLoadSaysSo() {
        api.answer(INSIGHTS, runs());
        CancelToken cancel = new CancelToken();
        cancel.cancel();

        assertThatThrownBy(() -> loader.load(client, "c1", Optional.empty(), cancel))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CANCELLED));
    }
}
