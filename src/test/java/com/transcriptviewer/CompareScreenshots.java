package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.compare.ComparisonRow;
import com.transcriptviewer.compare.view.CompareViewModel;
import com.transcriptviewer.compare.view.CompareWindow;
import com.transcriptviewer.demo.DemoData;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * PNGs of a comparison, to {@code target/screenshots/} ({@code mvn -Pscreenshots verify}): the demo's order question
 * on two versions of the shop's assistant (a renamed argument, a skipped call, an added one), in light and dark, with
 * the messages before the first call opened.
 */
@Tag("screenshots")
class CompareScreenshots extends WindowTest {

    @Test
    void aComparisonInLightAndDark() throws Exception {
        try (WindowFixture window =
                WindowFixture.demo(stage, home.resolve("compare"), "--conversation", DemoData.ORDER_OLD_VERSION_ID)) {
            window.awaitFirstPage();
            CompareViewModel compare = window.desktop().compare();
            onFx(() -> compare.compareWith(DemoData.ORDER_NEW_VERSION_ID));
            waitUntil(() -> compare.stateProperty().get() == CompareViewModel.State.READY);
            CompareWindow compareWindow = window.desktop().compareWindow();
            onFx(() -> {
                compareWindow.stage().setX(0);
                compareWindow.stage().setY(0);
                compareWindow.stage().setWidth(1280);
                compareWindow.stage().setHeight(800);
            });
            waitUntil(() -> compareWindow.root().lookup(".folded-toggle") != null);
            onFx(() -> ((Button) compareWindow.root().lookup(".folded-toggle")).fire());
            onFx(compare::nextDifference);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(compare.rows()).anyMatch(ComparisonRow.AlignedCall.class::isInstance);
            shoot(compareWindow, "compare-light.png");
            onFx(() -> window.desktop().mainViewModel().toggleTheme());
            shoot(compareWindow, "compare-dark.png");
            onFx(() -> window.desktop().mainViewModel().toggleTheme());

            onFx(() -> compare.compareWith(DemoData.BILL_NEW_VERSION_ID));
            waitUntil(() -> compare.stateProperty().get() == CompareViewModel.State.READY);
            shoot(compareWindow, "compare-bill-light.png");
        }
    }

    private static void shoot(CompareWindow window, String name) throws Exception {
        WindowFixture.screenshot(window.stage().getScene(), name);
        Path file = WindowFixture.SCREENSHOTS.resolve(name);
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }
}
