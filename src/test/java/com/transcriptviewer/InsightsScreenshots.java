package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.assistant.view.InsightsViewModel;
import java.nio.file.Files;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PNGs of the insights panel beside the dental booking call, with the summary under its title, in the light and dark
 * themes, and beside the details pane, to {@code target/screenshots/} ({@code mvn -Pscreenshots verify}).
 */
@Tag("screenshots")
class InsightsScreenshots extends WindowTest {

    @Test
    void insightsPanelInLightAndDark() throws Exception {
        try (InsightsWindow insights = InsightsWindow.show(stage, home)) {
            WindowFixture window = insights.window();
            window.awaitFirstPage();
            onFx(() -> window.desktop().insights().openProperty().set(true));
            waitUntil(() -> window.desktop().insights().getState() == InsightsViewModel.State.PENDING);
            shoot(window, "insights-panel-light.png");
            onFx(() -> window.desktop().mainViewModel().toggleTheme());
            shoot(window, "insights-panel-dark.png");
            onFx(() -> window.desktop().mainViewModel().toggleTheme());

            // Beside the details pane, scrolled to the last insight (still being generated).
            onFx(() -> {
                window.desktop().details().openProperty().set(true);
                window.list().getSelectionModel().select(1);
            });
            onFx(() -> ((ScrollPane) window.scene().lookup(".insights-scroll")).setVvalue(1));
            shoot(window, "insights-with-details-light.png");
        }
    }

    private static void shoot(WindowFixture window, String name) throws Exception {
        window.screenshot(name);
        assertThat(Files.size(WindowFixture.SCREENSHOTS.resolve(name))).isGreaterThan(10_000);
    }
}
