package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.platform.AppDirs;
import com.transcriptviewer.store.ReviewStore;
import com.transcriptviewer.store.ReviewStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PNGs of File &gt; Export reviews… (the choices, and the outcome after an export) and of the Settings dialog's reviews
 * section with a team server named and its test's answer, light and dark, to {@code target/screenshots/}
 * ({@code mvn -Pscreenshots verify}).
 */
@Tag("screenshots")
class ReviewExportScreenshots extends WindowTest {

    @Test
    void exportReviewsDialogInLightAndDark() throws Exception {
        seedReviews(home);
        try (WindowFixture window =
                WindowFixture.demo(stage, home, "--conversation", DemoData.APPOINTMENT_BOOKING_ID)) {
            window.awaitFirstPage();
            fileMenuItem(window, "Export reviews…");
            Scene dialog = dialogTitled("Export reviews");
            waitUntil(() -> window.desktop().reviewExport().reviewers().size() == 2);
            onFx(() -> {
                ((DatePicker) dialog.lookup("#review-from")).setValue(LocalDate.of(2025, 4, 1));
                ((DatePicker) dialog.lookup("#review-to")).setValue(LocalDate.of(2025, 4, 30));
                return null;
            });
            shoot(dialog, "review-export-light.png");

            Path file = home.resolve("april.json");
            onFx(() -> {
                ((RadioButton) dialog.lookup("#review-format-json")).setSelected(true);
                window.desktop().reviewExport().export(file);
                return null;
            });
            waitUntil(() -> Files.exists(file)
                    && !window.desktop().reviewExport().busyProperty().get());
            onFx(() -> window.desktop().mainViewModel().toggleTheme());
            shoot(dialog, "review-export-dark.png");
            onFx(() -> {
                dialog.getWindow().hide();
                window.desktop().mainViewModel().toggleTheme();
                return null;
            });
        }
    }

    @Test
    void settingsReviewsSectionInLightAndDark() throws Exception {
        try (WindowFixture window = WindowFixture.demo(stage, home)) {
            window.awaitFirstPage();
            fileMenuItem(window, "Settings…");
            Scene dialog = dialogTitled("Settings");
            onFx(() -> {
                ((TextField) dialog.lookup("#reviewer-name")).setText("Ana Lima");
                ((RadioButton) dialog.lookup("#reviews-team")).fire();
                // A port nobody listens on: the test answers at once, in the store's own words.
                ((TextField) dialog.lookup("#jdbc-url")).setText("jdbc:postgresql://127.0.0.1:9/reviews");
                ((TextField) dialog.lookup("#database-user")).setText("qa");
                ((TextField) dialog.lookup("#database-password")).setText("not-the-password");
                ((javafx.scene.control.Button) dialog.lookup("#test-team-server")).fire();
                return null;
            });
            waitUntil(
                    () -> {
                        String said = ((javafx.scene.control.Label) dialog.lookup("#team-test-result")).getText();
                        return !said.isEmpty() && !said.startsWith("Connecting");
                    },
                    30);
            shoot(dialog, "settings-reviews-light.png");
            onFx(() -> window.desktop().mainViewModel().toggleTheme());
            shoot(dialog, "settings-reviews-dark.png");
            onFx(() -> {
                dialog.getWindow().hide();
                window.desktop().mainViewModel().toggleTheme();
                return null;
            });
        }
    }

    /** Verdicts by two reviewers on the dental booking call, saved where the window will find them. */
    private static void seedReviews(Path home) throws Exception {
        String id = DemoData.APPOINTMENT_BOOKING_ID;
        List<Message> messages = DemoData.generate().messages(id);
        Path database = ReviewStores.defaultDatabaseFile(
                AppDirs.of(AppDirs.Os.LINUX, Map.of(), home).dataDir());
        try (ReviewStore store = ReviewStores.openLocal(database)) {
            Instant at = Instant.parse("2025-04-17T16:00:00Z");
            for (int i = 0; i < messages.size(); i++) {
                List<ToolCall> calls = messages.get(i).toolCalls();
                for (int c = 0; c < calls.size(); c++) {
                    ReviewItem item = ReviewItem.toolCall(id, i, c, calls.get(c), false);
                    store.save(new ReviewEntry(
                            UUID.randomUUID().toString(), item, "ana", Verdict.CORRECT, "", List.of(), "ok", at));
                    at = at.plusSeconds(60);
                }
            }
            store.save(new ReviewEntry(
                    UUID.randomUUID().toString(),
                    ReviewItem.conversation(id),
                    "bo",
                    Verdict.WRONG,
                    "Booked without asking for the insurance id.",
                    List.of("booking", "follow-up"),
                    null,
                    at));
        }
    }

    private static void fileMenuItem(WindowFixture window, String text) throws Exception {
        onFx(() -> {
            MenuBar bar = (MenuBar) window.scene().lookup(".main-menu");
            Menu file = bar.getMenus().get(0);
            MenuItem item = file.getItems().stream()
                    .filter(candidate -> text.equals(candidate.getText()))
                    .findFirst()
                    .orElseThrow();
            item.fire();
            return null;
        });
    }

    private static Scene dialogTitled(String title) throws Exception {
        waitUntil(() -> findDialog(title) != null);
        return onFx(() -> findDialog(title).getScene());
    }

    private static Window findDialog(String title) {
        return Window.getWindows().stream()
                .filter(window -> window instanceof Stage stage && title.equals(stage.getTitle()) && window.isShowing())
                .findFirst()
                .orElse(null);
    }

    private static void shoot(Scene scene, String name) throws Exception {
        WindowFixture.screenshot(scene, name);
        assertThat(Files.size(WindowFixture.SCREENSHOTS.resolve(name))).isGreaterThan(10_000);
    }
}
