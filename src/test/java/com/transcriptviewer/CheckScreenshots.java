package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.bubble.FormatState;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import com.transcriptviewer.transcript.filter.TranscriptFilterViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PNGs of checked tool calls, to {@code target/screenshots/} ({@code mvn -Pscreenshots verify}): the demo's table
 * booking, whose calls its assistant's definitions find right and wrong in every way, checked as the app checks them.
 */
@Tag("screenshots")
class CheckScreenshots extends WindowTest {

    private static final Path DIR = WindowFixture.SCREENSHOTS;

    @Test
    void checkedCardsInLightAndDark() throws Exception {
        try (WindowFixture window =
                WindowFixture.demo(stage, home.resolve("checks"), "--conversation", DemoData.TOOL_ERRORS_ID)) {
            window.awaitFirstPage();
            window.awaitChecks();

            // Several collapsed cards with their badges: only the messages that call tools.
            TranscriptFilterViewModel filters = window.desktop().transcriptFilters();
            onFx(() -> {
                filters.toolCallsOnlyProperty().set(true);
                filters.showToolProperty().set(false);
            });
            shoot(window, "check-badges-light.png");
            onFx(() -> {
                filters.clear();
                filters.callsWithProblemsProperty().set(true);
            });
            shoot(window, "check-filter-light.png");
            onFx(filters::clear);

            // The booking whose guest misses a phone number: a nested problem, marked on its key.
            int booking = 14;
            ToolCallCardViewModel card = onFx(
                    () -> ((TranscriptRow.MessageRow) window.transcript().rows().get(booking))
                            .bubble()
                            .toolCards()
                            .get(0));
            onFx(() -> {
                card.setExpanded(true);
                card.definitionShownProperty().set(true);
                window.list().getSelectionModel().select(booking);
                window.list().scrollTo(booking);
            });
            waitUntil(() -> card.getState() == FormatState.DONE);
            shoot(window, "check-card-problems-light.png");
            onFx(() -> window.desktop().mainViewModel().toggleTheme());
            shoot(window, "check-card-problems-dark.png");
            onFx(() -> {
                card.setExpanded(false);
                filters.toolCallsOnlyProperty().set(true);
                filters.showToolProperty().set(false);
            });
            shoot(window, "check-badges-dark.png");
            // The narrowest window (last: the headless screen cannot grow a window again): previews give way first,
            // then names, then the badges' words (their icons stay), and the problem buttons leave the tool bar.
            onFx(() -> {
                window.desktop().mainViewModel().toggleTheme();
                window.stage().setWidth(720);
            });
            shoot(window, "check-badges-narrow-light.png");
        }
    }

    private static void shoot(WindowFixture window, String name) throws Exception {
        window.screenshot(name);
        assertThat(Files.size(DIR.resolve(name))).isGreaterThan(10_000);
    }
}
