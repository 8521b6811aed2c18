package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** PNGs of privacy mode to review by eye ({@code mvn -Pscreenshots verify}, in {@code target/screenshots/}). */
@Tag("screenshots")
class PrivacyScreenshots extends WindowTest {

    @Test
    void aMaskedTranscriptInLightAndDark() throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.TOOL_ERRORS_ID);
        window.awaitFirstPage();
        waitUntil(() -> window.desktop().privacy() != null);
        // The booking with the caller's number, its arguments open.
        int row = window.firstRowOf(message ->
                message.toolCalls().stream().anyMatch(call -> call.arguments().contains("\"phone\":\"312-555-0148\"")));
        onFx(() -> {
            window.desktop().privacy().onProperty().set(true);
            TranscriptRow.MessageRow booking =
                    (TranscriptRow.MessageRow) window.list().getItems().get(row);
            ToolCallCardViewModel card = booking.bubble().toolCards().get(0);
            card.setExpanded(true);
            window.list().scrollTo(Math.max(0, row - 3));
        });
        waitUntil(() -> window.transcript().mask().get().isActive());
        window.screenshot("privacy-masked-light.png");
        onFx(() -> window.desktop().mainViewModel().toggleTheme());
        window.screenshot("privacy-masked-dark.png");
        onFx(() -> window.desktop().mainViewModel().toggleTheme());
    }
}
