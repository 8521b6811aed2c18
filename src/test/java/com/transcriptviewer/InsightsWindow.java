package com.transcriptviewer;

import static com.transcriptviewer.testing.FakeInsightsApi.assistant;
import static com.transcriptviewer.testing.FakeInsightsApi.group;
import static com.transcriptviewer.testing.FakeInsightsApi.run;
import static com.transcriptviewer.testing.FakeInsightsApi.runs;
import static com.transcriptviewer.testing.FakeInsightsApi.template;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoServer;
import com.transcriptviewer.testing.FakeInsightsApi;
import java.nio.file.Path;
import java.util.Map;
import javafx.stage.Stage;

/**
 * The real window on the demo data, through an API that answers the dental booking call's insights its own way: a
 * summary, an outcome as JSON and a satisfaction score still in progress, named by its assistant's insight group.
 */
final class InsightsWindow implements AutoCloseable {

    static final String CONVERSATION = DemoData.APPOINTMENT_BOOKING_ID;
    static final String INSIGHTS = "/ai/conversations/" + CONVERSATION + "/conversations-insights";
    static final String SUMMARY = "Maria Gonzalez called Lakeside Dental to book a cleaning. The assistant found two "
            + "Tuesday afternoon slots and booked 3:00 PM on April 22 (confirmation LD-48213), registered the "
            + "booking with the reminder line and ended the call politely.";
    static final String OUTCOME = "{\"resolved\":true,\"intent\":\"book_appointment\",\"appointment\":"
            + "{\"service\":\"cleaning\",\"slot\":\"2025-04-22T15:00:00-05:00\",\"confirmation\":\"LD-48213\"},"
            + "\"follow_up\":[\"text reminder\",\"none needed\"],\"escalated\":false}";

    private final DemoServer demo;
    private final FakeInsightsApi api;
    private final WindowFixture window;

    private InsightsWindow(DemoServer demo, FakeInsightsApi api, WindowFixture window) {
        this.demo = demo;
        this.api = api;
        this.window = window;
    }

    /** The window on {@code home}'s settings with the dental booking call open; its insights as {@link #answerAll}. */
    static InsightsWindow show(Stage stage, Path home) throws Exception {
        DemoServer demo = DemoServer.start(DemoData.generate());
        FakeInsightsApi api = new FakeInsightsApi(demo.baseUrl());
        answerAll(api);
        WindowFixture window = WindowFixture.show(
                stage,
                home,
                Map.of("TELNYX_API_KEY", "KEY0123456789abcdef", "TELNYX_BASE_URL", api.baseUrl()),
                "--conversation",
                CONVERSATION);
        return new InsightsWindow(demo, api, window);
    }

    /** Every demo assistant is in one insight group of three templates; the booking call ran all three. */
    static void answerAll(FakeInsightsApi api) {
        // The booking call's own assistant, answered here with this group instead of the demo's.
        String id = DemoData.generate().conversation(CONVERSATION).orElseThrow().assistantId();
        api.answer("/ai/assistants/" + id, assistant(id, "grp-support"));
        String version = (String) DemoData.generate()
                .conversation(CONVERSATION)
                .orElseThrow()
                .metadata()
                .get("assistant_version_id");
        if (version != null) {
            api.answer("/ai/assistants/" + id + "/versions/" + version, assistant(id, "grp-support"));
        }
        api.answer(
                "/ai/conversations/insight-groups/grp-support",
                group(
                        "grp-support",
                        template("ins-summary", "Summary", "default", null),
                        template(
                                "ins-outcome",
                                "Call outcome",
                                "custom",
                                "{\"type\":\"object\",\"properties\":{\"resolved\":{\"type\":\"boolean\"}}}"),
                        template("ins-csat", "Customer satisfaction", "custom", null)));
        api.answer(
                INSIGHTS,
                runs(
                        run("run-2", "in_progress", "2025-04-17T15:52:00Z", "ins-csat", null),
                        run(
                                "run-1",
                                "completed",
                                "2025-04-17T15:50:12Z",
                                "ins-summary",
                                SUMMARY,
                                "ins-outcome",
                                OUTCOME)));
    }

    WindowFixture window() {
        return window;
    }

    FakeInsightsApi api() {
        return api;
    }

    @Override
    public void close() throws Exception {
        try {
            window.close();
        } finally {
            api.close();
            demo.close();
        }
    }
}
