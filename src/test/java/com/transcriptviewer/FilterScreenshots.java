package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.demo.DemoData;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PNGs of the filter bar, the "Go to time" bar and silence markers, in the light and dark themes, to
 * {@code target/screenshots/} ({@code mvn -Pscreenshots verify}).
 */
@Tag("screenshots")
class FilterScreenshots extends WindowTest {

    private static final Path DIR = WindowFixture.SCREENSHOTS;

    @Test
    void filtersGoToTimeAndSilenceInLightAndDark() throws Exception {
        try (WindowFixture window = WindowFixture.demo(stage, home, "--conversation", DemoData.STRESS_TEST_ID)) {
            window.awaitFirstPage();
            shoot(window, "silence-light.png");
            onFx(() -> window.desktop().mainViewModel().toggleTheme());
            shoot(window, "silence-dark.png");

            onFx(() -> {
                window.desktop().transcriptFilters().showUserProperty().set(false);
                window.desktop().transcriptFilters().setFunctionSelected("get_billing", true);
                ((javafx.scene.control.Button) window.scene().lookup("#nav-go-to-time")).fire();
                TextField field = (TextField) window.scene().lookup("#go-to-time-field");
                field.setText("1:75");
                field.fireEvent(new javafx.event.ActionEvent());
            });
            shoot(window, "filters-dark.png");
            onFx(() -> window.desktop().mainViewModel().toggleTheme());
            shoot(window, "filters-light.png");
        }
    }

    private static void shoot(WindowFixture window, String name) throws Exception {
        window.screenshot(name);
        assertThat(Files.size(DIR.resolve(name))).isGreaterThan(10_000);
    }
}
