package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;

import com.transcriptviewer.assistant.view.InsightsViewModel;
import com.transcriptviewer.compare.view.CompareViewModel;
import com.transcriptviewer.compare.view.CompareWindow;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.library.view.LibraryViewModel;
import com.transcriptviewer.library.view.LibraryWindow;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

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

    @Test
    void aMaskedComparison() throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.BILL_NEW_VERSION_ID);
        window.awaitFirstPage();
        waitUntil(() -> window.desktop().privacy() != null && window.desktop().compare() != null);
        onFx(() -> window.desktop().privacy().onProperty().set(true));
        waitUntil(() -> window.transcript().mask().get().isActive());
        CompareViewModel compare = window.desktop().compare();
        onFx(() -> compare.compareWith(DemoData.BILL_OLD_VERSION_ID));
        waitUntil(() -> compare.stateProperty().get() == CompareViewModel.State.READY);
        CompareWindow compareWindow = window.desktop().compareWindow();
        onFx(() -> {
            compareWindow.stage().setX(0);
            compareWindow.stage().setY(0);
            compareWindow.stage().setWidth(1280);
            compareWindow.stage().setHeight(800);
        });
        waitUntil(() -> compareWindow.root().lookup(".side-arguments") != null);
        onFx(compare::nextDifference);
        WaitForAsyncUtils.waitForFxEvents();
        WindowFixture.screenshot(compareWindow.stage().getScene(), "privacy-compare-light.png");
    }

    @Test
    void maskedInsightsLibraryResultsAndNote() throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.PASSWORD_RESET_ID);
        window.awaitFirstPage();
        waitUntil(() -> window.desktop().privacy() != null && window.desktop().review() != null);
        LibraryViewModel library = window.desktop().libraryModel();
        waitUntil(() -> library.keptStatusProperty().get().equals("Kept in the library"));
        InsightsViewModel insights = window.desktop().insights();
        onFx(() -> {
            insights.openProperty().set(true);
            window.desktop().review().openProperty().set(true);
        });
        waitUntil(() -> insights.getState() == InsightsViewModel.State.COMPLETED);
        waitUntil(() -> window.scene().lookup("#review-conversation-note") != null);
        TextArea note = (TextArea) window.scene().lookup("#review-conversation-note");
        onFx(() -> note.setText("Caller asked for a callback on (312) 555-0142."));
        onFx(() -> window.list().requestFocus());
        onFx(() -> window.desktop().privacy().onProperty().set(true));
        waitUntil(() -> window.transcript().mask().get().isActive());
        waitUntil(
                () -> window.scene().lookup("#review-conversation-note-masked").isVisible());
        window.screenshot("privacy-panels-light.png");

        LibraryWindow libraryWindow = onFx(() -> window.desktop().showLibrary());
        onFx(() -> {
            libraryWindow.stage().setX(0);
            libraryWindow.stage().setY(0);
            library.queryProperty().set("reset");
            library.search();
        });
        waitUntil(() -> !library.results().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        WindowFixture.screenshot(libraryWindow.stage().getScene(), "privacy-library-light.png");
    }
}
