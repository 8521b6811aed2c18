package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.export.ExportFormat;
import com.transcriptviewer.export.ExportViewModel;
import com.transcriptviewer.export.reviews.view.ReviewExportViewModel;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.platform.AppDirs;
import com.transcriptviewer.store.ReviewStore;
import com.transcriptviewer.store.ReviewStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real window with reviews in its database on this computer: File > Export reviews… opens its dialog and
 * exports them, and a conversation's HTML export shows its verdicts.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewExportWindowFxTest {

    private static final String ID = DemoData.APPOINTMENT_BOOKING_ID;

    @TempDir
    Path home;

    @TempDir
    Path out;

    private Stage stage;
    private WindowFixture window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            Window.getWindows().stream()
                    .filter(w -> w != stage && w.isShowing())
                    .toList()
                    .forEach(Window::hide);
            return null;
        });
        if (window != null) {
            window.close();
        }
    }

    /** A verdict on the booking call's first tool call and one on the conversation, where the window will look. */
    private void seed() throws Exception {
        List<Message> messages = DemoData.generate().messages(ID);
        int withCall = 0;
        while (messages.get(withCall).toolCalls().isEmpty()) {
            withCall++;
        }
        Path database = ReviewStores.defaultDatabaseFile(
                AppDirs.of(AppDirs.Os.LINUX, Map.of(), home).dataDir());
        try (ReviewStore store = ReviewStores.openLocal(database)) {
            store.save(new ReviewEntry(
                    "e1",
                    ReviewItem.toolCall(
                            ID, withCall, 0, messages.get(withCall).toolCalls().get(0), false),
                    "ana",
                    Verdict.WRONG,
                    "Asked for the wrong day",
                    List.of(),
                    "ok",
                    Instant.parse("2026-03-02T09:00:00Z")));
            store.save(new ReviewEntry(
                    "e2",
                    ReviewItem.conversation(ID),
                    "bo",
                    Verdict.UNSURE,
                    "Check with the clinic",
                    List.of("follow-up"),
                    null,
                    Instant.parse("2026-03-02T10:00:00Z")));
        }
    }

    @Test
    void fileExportReviewsOpensTheDialogAndExports(FxRobot robot) throws Exception {
        seed();
        window = WindowFixture.demo(stage, home, "--conversation", ID);
        window.awaitFirstPage();

        MenuBar bar = robot.lookup(".main-menu").queryAs(MenuBar.class);
        Menu file = bar.getMenus().get(0);
        MenuItem item = file.getItems().stream()
                .filter(i -> "menu-export-reviews".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(item.getText()).isEqualTo("Export reviews…");
        robot.interact(item::fire);
        waitUntil(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage dialog && "Export reviews".equals(dialog.getTitle())));

        ReviewExportViewModel reviews = window.desktop().reviewExport();
        waitUntil(() -> reviews.reviewers().size() == 2);
        Path csv = out.resolve("reviews.csv");
        robot.interact(() -> reviews.export(csv));
        waitUntil(() -> reviews.phaseProperty().get() == ReviewExportViewModel.Phase.DONE, 20);
        assertThat(Files.readString(csv)).contains("Asked for the wrong day", "Check with the clinic");
    }

    @Test
    void theConversationsHtmlExportShowsItsVerdicts(FxRobot robot) throws Exception {
        seed();
        window = WindowFixture.demo(stage, home, "--conversation", ID);
        window.awaitFirstPage();
        ExportViewModel export = window.desktop().export();
        Path html = out.resolve("booking.html");

        robot.interact(() -> export.export(ExportFormat.HTML, html));
        waitUntil(() -> export.phaseProperty().get() == ExportViewModel.Phase.DONE, 20);

        assertThat(export.messageProperty().get()).startsWith("Exported ").doesNotContain("left out");
        String page = Files.readString(html);
        assertThat(page).contains("<section class=\"review\">", "Check with the clinic", "Asked for the wrong day");
    }
}
