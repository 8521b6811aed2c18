package com.transcriptviewer.assistant.view;

import static com.transcriptviewer.testing.FakeInsightsApi.assistant;
import static com.transcriptviewer.testing.FakeInsightsApi.group;
import static com.transcriptviewer.testing.FakeInsightsApi.run;
import static com.transcriptviewer.testing.FakeInsightsApi.runs;
import static com.transcriptviewer.testing.FakeInsightsApi.template;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.Connection;
import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.assistant.InsightsLoader;
import com.transcriptviewer.assistant.view.InsightsViewModel.State;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.ConversationInsights;
import com.transcriptviewer.model.InsightResult;
import com.transcriptviewer.privacy.PrivacyMask;
import com.transcriptviewer.privacy.PrivacyMasks;
import com.transcriptviewer.source.ConversationLoader;
import com.transcriptviewer.source.FileTranscriptSource;
import com.transcriptviewer.testing.FakeInsightsApi;
import com.transcriptviewer.testing.FakeTranscriptSource;
import com.transcriptviewer.testing.SettableConnection;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.json.JsonFormatter;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The insights panel's states without a scene, against an API answering in the documented shapes. The transcript's
 * and the insights' background work and answers wait in queues the test runs, so every ordering is the test's.
 */
class InsightsViewModelTest {

    private static final String ASSISTANT = "assistant-6c1f2b7e";
    private static final String SUMMARY = template("ins-sum", "Conversation summary", "default", null);
    private static final String OUTCOME = template("ins-out", "Outcome", "custom", "{\"type\":\"object\"}");

    @TempDir
    Path dir;

    private final Deque<Runnable> transcriptWork = new ArrayDeque<>();
    private final Deque<Runnable> insightsWork = new ArrayDeque<>();
    private final Deque<Runnable> insightsAnswers = new ArrayDeque<>();

    private final FakeTranscriptSource source = new FakeTranscriptSource()
            .withHeaders(id -> Optional.of(new Conversation(
                    id,
                    "Call " + id,
                    null,
                    null,
                    Map.of(Conversation.ASSISTANT_ID, ASSISTANT, Conversation.CHANNEL, "phone_call"))));
    private final TranscriptViewModel transcript = new TranscriptViewModel(
            new ConversationLoader(transcriptWork::add, 10, ConversationLoader.DEFAULT_CONCURRENCY),
            new FxExecutors(transcriptWork::add, Runnable::run, (delay, task) -> () -> {}),
            new BubbleContext(new JsonFormatter(), Runnable::run, Runnable::run, TimeFormat.local()));

    private FakeInsightsApi api;
    private Connection connection;

    @BeforeEach
    void startApi() throws IOException {
        api = new FakeInsightsApi(null);
        connection = Connection.api(api.baseUrl(), ApiKey.of("KEY0123456789abcdef"));
        api.answer("/ai/assistants/" + ASSISTANT, assistant(ASSISTANT, "grp-1"));
        api.answer("/ai/conversations/insight-groups/grp-1", group("grp-1", SUMMARY, OUTCOME));
        source.add("c1", 3).add("c2", 3);
    }

    @AfterEach
    void stopApi() throws IOException {
        connection.close();
        api.close();
    }

    private InsightsViewModel viewModel(SettableConnection active) {
        return new InsightsViewModel(
                transcript,
                active,
                new InsightsLoader(),
                new FxExecutors(insightsWork::add, insightsAnswers::add, (delay, task) -> () -> {}));
    }

    private InsightsViewModel viewModel() {
        return viewModel(SettableConnection.of(connection));
    }

    private static String insightsOf(String id) {
        return "/ai/conversations/" + id + "/conversations-insights";
    }

    /** Runs every queued task, in turn, until nothing is left. */
    private void settle() {
        while (!transcriptWork.isEmpty() || !insightsWork.isEmpty() || !insightsAnswers.isEmpty()) {
            runAll(transcriptWork);
            runAll(insightsWork);
            runAll(insightsAnswers);
        }
    }

    private static void runAll(Deque<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    @Test
    void withNoConversationOpenThePanelSaysSo() {
        InsightsViewModel insights = viewModel();

        assertThat(insights.getState()).isEqualTo(State.NO_CONVERSATION);
        assertThat(insights.messageProperty().get()).isEqualTo("Open a conversation to see its insights.");
        assertThat(insights.current()).isEqualTo(ConversationInsights.NONE);
    }

    @Test
    void completedInsightsAreListedNamedByTheAssistantsGroupAndTheSummaryGoesUnderTheTitle() {
        api.answer(
                insightsOf("c1"),
                runs(run(
                        "r1",
                        "completed",
                        "2025-04-01T10:05:00Z",
                        "ins-out",
                        "{\"resolved\":true}",
                        "ins-sum",
                        "Booked a table\nfor four.")));
        InsightsViewModel insights = viewModel();

        transcript.open(source, "c1");
        assertThat(insights.getState()).isEqualTo(State.LOADING);
        assertThat(insights.messageProperty().get()).isEqualTo("Loading insights…");
        settle();

        assertThat(insights.getState()).isEqualTo(State.COMPLETED);
        assertThat(insights.messageProperty().get()).isEmpty();
        assertThat(insights.current().results())
                .extracting(InsightResult::name)
                .containsExactly("Outcome", "Conversation summary");
        assertThat(insights.summaryProperty().get()).isEqualTo("Booked a table for four.");
        assertThat(api.requests())
                .containsExactly(
                        "/ai/assistants/" + ASSISTANT, insightsOf("c1"), "/ai/conversations/insight-groups/grp-1");
    }

    @Test
    void inPrivacyModeTheSummaryLineIsMaskedAndFollowsTheMode() {
        api.answer(
                insightsOf("c1"),
                runs(run(
                        "r1",
                        "completed",
                        "2025-04-01T10:05:00Z",
                        "ins-sum",
                        "A reset link was sent to jordan.lee@example.com; call back on (312) 555-0142.")));
        InsightsViewModel insights = viewModel();
        PrivacyMask privacy = PrivacyMasks.forConversation(null);
        transcript.mask().set(privacy);

        transcript.open(source, "c1");
        settle();

        assertThat(privacy.knows(insights.current().results().get(0).text().strip()))
                .as("the panel's texts were searched where they were read, off the FX thread")
                .isTrue();

        assertThat(insights.summaryProperty().get())
                .isEqualTo("A reset link was sent to j•••••.•••@example.com; call back on (312) •••-••42.");
        assertThat(insights.current().results().get(0).text())
                .as("the insights themselves stay as sent: the panel and the exports mask them")
                .contains("jordan.lee@example.com");

        transcript.mask().set(TextMask.NONE);
        assertThat(insights.summaryProperty().get())
                .isEqualTo("A reset link was sent to jordan.lee@example.com; call back on (312) 555-0142.");
        transcript.mask().set(PrivacyMasks.forConversation(null));
        assertThat(insights.summaryProperty().get())
                .doesNotContain("jordan.lee")
                .doesNotContain("555-0142");
    }

    @Test
    void aConversationWithoutInsightsSaysSoInOneQuietLine() {
        api.answer(insightsOf("c1"), runs());
        InsightsViewModel insights = viewModel();

        transcript.open(source, "c1");
        settle();

        assertThat(insights.getState()).isEqualTo(State.NONE);
        assertThat(insights.messageProperty().get()).isEqualTo("No insights for this conversation.");
        assertThat(insights.summaryProperty().get()).isEmpty();
    }

    @Test
    void pendingInsightsSaySoAndRefreshAsksAgain() {
        api.answer(insightsOf("c1"), runs(run("r1", "in_progress", "2025-04-01T10:05:00Z", "ins-sum", null)));
        InsightsViewModel insights = viewModel();
        transcript.open(source, "c1");
        settle();

        assertThat(insights.getState()).isEqualTo(State.PENDING);
        assertThat(insights.messageProperty().get())
                .isEqualTo("Telnyx is still working on this conversation's insights.");
        assertThat(insights.current().results().get(0).status()).isEqualTo(InsightResult.Status.IN_PROGRESS);
        assertThat(insights.summaryProperty().get()).isEmpty();

        api.answer(insightsOf("c1"), runs(run("r1", "completed", "2025-04-01T10:06:00Z", "ins-sum", "Done.")));
        api.clearRequests();
        insights.refresh();
        assertThat(insights.getState()).isEqualTo(State.LOADING);
        settle();

        assertThat(insights.getState()).isEqualTo(State.COMPLETED);
        assertThat(insights.summaryProperty().get()).isEqualTo("Done.");
        assertThat(api.requests()).as("names remembered").containsExactly(insightsOf("c1"));
    }

    @Test
    void aFailedRunIsSaidPlainly() {
        api.answer(insightsOf("c1"), runs(run("r1", "failed", "2025-04-01T10:05:00Z")));
        InsightsViewModel insights = viewModel();
        transcript.open(source, "c1");
        settle();

        assertThat(insights.getState()).isEqualTo(State.FAILED);
        assertThat(insights.messageProperty().get())
                .isEqualTo("Telnyx could not generate insights for this conversation.");
    }

    @Test
    void anErrorShowsTheApisSentenceAndRetryAsksAgain() {
        api.fail(insightsOf("c1"), 403, "10010", "Authorization failed");
        InsightsViewModel insights = viewModel();
        transcript.open(source, "c1");
        settle();

        assertThat(insights.getState()).isEqualTo(State.ERROR);
        assertThat(insights.messageProperty().get())
                .isEqualTo("This API key isn't allowed to read these conversations — check its permissions in the "
                        + "Telnyx portal.");
        assertThat(insights.current()).isEqualTo(ConversationInsights.NONE);

        api.answer(insightsOf("c1"), runs());
        insights.refresh();
        settle();
        assertThat(insights.getState()).isEqualTo(State.NONE);
    }

    @Test
    void aTranscriptFileHasNoInsightsAndNothingIsAsked() throws IOException {
        Path file = dir.resolve("call.json");
        Files.writeString(file, "[{\"role\":\"user\",\"text\":\"hi\",\"created_at\":\"2025-04-01T10:00:00Z\"}]");
        InsightsViewModel insights = viewModel();

        transcript.open(new FileTranscriptSource(file, WireFormat.shared(), Runnable::run), "call.json");
        settle();
        insights.refresh();
        settle();

        assertThat(insights.getState()).isEqualTo(State.FROM_FILE);
        assertThat(insights.messageProperty().get()).isEqualTo("Transcripts opened from a file have no insights.");
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void whileTheConnectionIsBeingSetUpNothingIsAskedThenTheInsightsLoad() {
        api.answer(insightsOf("c1"), runs(run("r1", "completed", "2025-04-01T10:05:00Z", "ins-sum", "Booked.")));
        SettableConnection active = SettableConnection.pending();
        InsightsViewModel insights = viewModel(active);

        // The transcript reads a source that is ready; the insights wait for the API connection.
        transcript.open(source, "c1");
        settle();
        assertThat(insights.getState()).isEqualTo(State.LOADING);
        assertThat(api.requests()).isEmpty();

        active.connect(connection);
        settle();
        assertThat(insights.getState()).isEqualTo(State.COMPLETED);
    }

    @Test
    void aConnectionThatCouldNotBeSetUpIsAnError() {
        SettableConnection active = SettableConnection.pending();
        InsightsViewModel insights = viewModel(active);
        transcript.open(source, "c1");
        settle();

        active.fail(new IOException("no demo server"));
        settle();

        assertThat(insights.getState()).isEqualTo(State.ERROR);
        assertThat(insights.messageProperty().get())
                .isEqualTo("The viewer could not set up its connection (IOException).");
    }

    @Test
    void aLateAnswerForAConversationNoLongerOpenIsDropped() {
        api.answer(insightsOf("c1"), runs(run("r1", "completed", "2025-04-01T10:05:00Z", "ins-sum", "About c1.")));
        api.answer(insightsOf("c2"), runs(run("r2", "completed", "2025-04-02T10:05:00Z", "ins-sum", "About c2.")));
        InsightsViewModel insights = viewModel();

        transcript.open(source, "c1");
        runAll(transcriptWork);
        runAll(insightsWork); // c1's answer is read and waits to be applied
        assertThat(insightsAnswers).isNotEmpty();
        transcript.open(source, "c2");
        runAll(insightsAnswers); // c1's answer arrives after c2 was opened
        assertThat(insights.getState()).isEqualTo(State.LOADING);
        assertThat(insights.summaryProperty().get()).isEmpty();

        settle();
        assertThat(insights.getState()).isEqualTo(State.COMPLETED);
        assertThat(insights.summaryProperty().get()).isEqualTo("About c2.");
    }

    @Test
    void openingTheSameConversationAgainReadsItsInsightsAgain() {
        api.answer(insightsOf("c1"), runs());
        InsightsViewModel insights = viewModel();
        transcript.open(source, "c1");
        settle();
        assertThat(insights.getState()).isEqualTo(State.NONE);

        api.answer(insightsOf("c1"), runs(run("r1", "completed", "2025-04-01T10:05:00Z", "ins-sum", "Now done.")));
        transcript.open(source, "c1");
        assertThat(insights.getState()).isEqualTo(State.LOADING);
        settle();
        assertThat(insights.summaryProperty().get()).isEqualTo("Now done.");
    }

    @Test
    void withoutAHeaderTheInsightsLoadOnceTheFirstPageIsIn() {
        FakeTranscriptSource headless = new FakeTranscriptSource().add("c9", 2);
        api.answer(insightsOf("c9"), runs(run("r1", "completed", "2025-04-01T10:05:00Z", "ins-sum", "Fine.")));
        api.answer(FakeInsightsApi.templatePageTarget(1), FakeInsightsApi.templatePage(1, 1, SUMMARY));
        InsightsViewModel insights = viewModel();

        transcript.open(headless, "c9");
        settle();

        assertThat(insights.getState()).isEqualTo(State.COMPLETED);
        assertThat(insights.current().results().get(0).name()).isEqualTo("Conversation summary");
        // The conversation was asked for its assistant; it named none here, so the template list named them.
        assertThat(api.requests()).contains("/ai/conversations/c9").doesNotContain("/ai/assistants/" + ASSISTANT);
    }

    @Test
    void theOpenStateIsTheViewModelsToToggle() {
        InsightsViewModel insights = viewModel();
        assertThat(insights.openProperty().get()).isFalse();
        insights.toggleOpen();
        assertThat(insights.openProperty().get()).isTrue();
        insights.toggleOpen();
        assertThat(insights.openProperty().get()).isFalse();
    }
}
