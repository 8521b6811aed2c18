package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.export.ExportFormat;
import com.transcriptviewer.export.ExportViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real window on the demo server: File > Export is there, and an export lands in the status bar. */
@ExtendWith(ApplicationExtension.class)
class ExportWindowFxTest {

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
        if (window != null) {
            window.close();
        }
    }

    @Test
    void fileMenuExportsTheOpenConversation(FxRobot robot) throws Exception {
        window = WindowFixture.demo(stage, home, "--conversation", DemoData.PARALLEL_TOOLS_ID);
        window.awaitFirstPage();

        MenuBar bar = robot.lookup(".main-menu").queryAs(MenuBar.class);
        Menu file = bar.getMenus().get(0);
        Menu export = (Menu) file.getItems().stream()
                .filter(i -> "menu-export".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(export.getItems()).extracting(MenuItem::getText).containsExactly("JSON…", "Markdown…", "HTML…");
        assertThat(export.getItems()).noneMatch(MenuItem::isDisable);

        ExportViewModel viewModel = window.desktop().export();
        Path target = out.resolve("parallel.html");
        onFx(() -> viewModel.export(ExportFormat.HTML, target));
        waitUntil(() -> viewModel.phaseProperty().get() == ExportViewModel.Phase.DONE);

        Label message = robot.lookup("#export-message").queryAs(Label.class);
        assertThat(message.getText()).startsWith("Exported ").contains(target.toString());
        assertThat(message.isVisible()).isTrue();
        int count = DemoData.generate().messageCount(DemoData.PARALLEL_TOOLS_ID);
        assertThat(Jsoup.parse(target.toFile(), "UTF-8").select("article.bubble"))
                .hasSize(count);
        assertThat(List.of(window.transcript().loadedMessagesProperty().get())).containsExactly(count);
    }
}
