package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.bubble.FormatState;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.scene.image.WritableImage;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Writes PNGs of the real main window (1280x800, headless software rendering) to {@code target/screenshots/}, for
 * reviewing the looks by eye: {@code mvn -Pscreenshots verify}. Each image is checked to have content.
 */
@Tag("screenshots")
class MainWindowScreenshots extends WindowTest {

    private static final Path DIR = WindowFixture.SCREENSHOTS;

    @Test
    void mainWindowInLightAndDark() throws Exception {
        try (WindowFixture window = WindowFixture.demo(stage, home.resolve("themes"))) {
            window.awaitFirstPage();
            shoot(window, "main-light.png");
            onFx(() -> window.desktop().mainViewModel().toggleTheme());
            shoot(window, "main-dark.png");
            onFx(() -> window.desktop().mainViewModel().toggleTheme());
        }
    }

    @Test
    void expandedToolCard() throws Exception {
        try (WindowFixture window =
                WindowFixture.demo(stage, home.resolve("card"), "--conversation", DemoData.BILLING_TRANSFER_ID)) {
            window.awaitFirstPage();
            int index = firstRow(window, m -> !m.toolCalls().isEmpty());
            ToolCallCardViewModel card = onFx(
                    () -> ((TranscriptRow.MessageRow) window.transcript().rows().get(index))
                            .bubble()
                            .toolCards()
                            .get(0));
            onFx(() -> {
                card.setExpanded(true);
                window.list().getSelectionModel().select(index);
                // One message of context above the card.
                window.list().scrollTo(Math.max(0, index - 1));
            });
            waitUntil(() -> card.getState() == FormatState.DONE);
            shoot(window, "card-expanded.png");
            // The card at the top, whole: its few lines of JSON without a scroll bar.
            onFx(() -> window.list().scrollTo(index));
            shoot(window, "card-expanded-whole.png");
        }
    }

    @Test
    void rejectedKeyError() throws Exception {
        MockWebServer api = new MockWebServer();
        api.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder()
                        .code(401)
                        .addHeader("Content-Type", "application/json")
                        .body("{\"errors\":[{\"code\":\"10009\",\"title\":\"Authentication failed\"}]}")
                        .build();
            }
        });
        api.start();
        try (api;
                WindowFixture window = WindowFixture.show(
                        stage,
                        home.resolve("error"),
                        Map.of(
                                "TELNYX_API_KEY",
                                "KEY-screenshot",
                                "TELNYX_BASE_URL",
                                api.url("/v2").toString()),
                        "--conversation",
                        DemoData.BILLING_TRANSFER_ID)) {
            waitUntil(() -> window.transcript().stateProperty().get() == TranscriptState.FAILED_FIRST);
            shoot(window, "error-state.png");
        }
    }

    @Test
    void qaEdgeCases() throws Exception {
        try (WindowFixture window =
                WindowFixture.demo(stage, home.resolve("qa"), "--conversation", DemoData.QA_EDGE_CASES_ID)) {
            window.awaitFirstPage();
            int index = firstRow(
                    window,
                    m -> m.toolCalls().stream().anyMatch(c -> c.functionName().equals("lookup_weather")));
            ToolCallCardViewModel card = onFx(
                    () -> ((TranscriptRow.MessageRow) window.transcript().rows().get(index))
                            .bubble()
                            .toolCards()
                            .get(0));
            onFx(() -> {
                card.setExpanded(true);
                window.list().scrollTo(0);
            });
            waitUntil(() -> card.getState() == FormatState.INVALID);
            shoot(window, "qa-edge-cases.png");
        }
    }

    @Test
    void detailsPane() throws Exception {
        try (WindowFixture window =
                WindowFixture.demo(stage, home.resolve("details"), "--conversation", DemoData.QA_EDGE_CASES_ID)) {
            window.awaitFirstPage();
            int index = firstRow(window, m -> !m.metadata().isEmpty());
            onFx(() -> {
                window.desktop().details().openProperty().set(true);
                window.list().getSelectionModel().select(index);
                window.list().scrollTo(Math.max(0, index - 2));
            });
            waitUntil(() -> window.desktop().details().getRawJsonState()
                    == com.transcriptviewer.transcript.details.MessageDetailsViewModel.RawJsonState.READY);
            shoot(window, "details-light.png");
            onFx(() -> window.desktop().mainViewModel().toggleTheme());
            shoot(window, "details-dark.png");
            onFx(() -> window.desktop().mainViewModel().toggleTheme());
        }
    }

    private static int firstRow(WindowFixture window, Predicate<Message> which) throws Exception {
        return onFx(() -> {
            List<TranscriptRow> rows = window.transcript().rows();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) instanceof TranscriptRow.MessageRow row && which.test(row.message())) {
                    return i;
                }
            }
            throw new AssertionError("no matching message");
        });
    }

    @Test
    void endOfAConversation(org.testfx.api.FxRobot robot) throws Exception {
        try (WindowFixture window =
                WindowFixture.demo(stage, home.resolve("end"), "--conversation", DemoData.SMS_CHAT_ID)) {
            window.awaitFirstPage();
            onFx(() -> window.list().requestFocus());
            robot.press(javafx.scene.input.KeyCode.CONTROL)
                    .type(javafx.scene.input.KeyCode.END)
                    .release(javafx.scene.input.KeyCode.CONTROL);
            waitUntil(() -> window.transcript().stateProperty().get() == TranscriptState.COMPLETE
                    && window.list().getSelectionModel().getSelectedIndex() >= 1_199);
            shoot(window, "conversation-end.png");
        }
    }

    /** Lets a few pulses settle the layout (wrapped text learns its height after a first pass), then snapshots. */
    private static void shoot(WindowFixture window, String name) throws Exception {
        WritableImage image = window.screenshot(name);
        assertThat((int) image.getWidth()).isEqualTo(1280);
        assertThat((int) image.getHeight()).isEqualTo(800);
        assertThat(Files.size(DIR.resolve(name))).isGreaterThan(10_000);
    }
}
