package com.transcriptviewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.conversations.ConversationListView;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.platform.AppDirs;
import com.transcriptviewer.settings.MemoryKeyStore;
import com.transcriptviewer.settings.Settings;
import com.transcriptviewer.settings.SettingsDialog;
import com.transcriptviewer.settings.SettingsViewModel;
import com.transcriptviewer.testing.FxThread;
import com.transcriptviewer.transcript.TranscriptState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The left pane, the settings dialog and transcript files in a real window on demo data (headless). */
class BrowserFxTest extends WindowTest {

    private Desktop desktop;

    private void showDesktop(FxRobot robot, String... args) throws Exception {
        desktop = new Desktop(
                CommandLine.parse(List.of(args)),
                Map.of(),
                AppDirs.of(AppDirs.Os.LINUX, Map.of(), home),
                MemoryKeyStore.sessionOnly(),
                Connector::startDemoServer);
        Desktop shown = desktop;
        open.add(() -> robot.interact(shown::close));
        robot.interact(() -> desktop.show(stage));
        waitFor(() -> desktop.panesShownProperty().get());
    }

    private ConversationListView browser(FxRobot robot) {
        return robot.lookup(".conversation-browser").queryAs(ConversationListView.class);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        FxThread.waitUntil(condition, 10);
    }

    @Test
    void typingANameNarrowsTheListAndEnterOpensTheRow(FxRobot robot) throws Exception {
        showDesktop(robot, "--demo");
        ListView<Conversation> list = browser(robot).list();
        waitFor(() -> list.getItems().size() > 3);
        int all = list.getItems().size();

        robot.clickOn("#conversation-search").write("Billing").type(KeyCode.ENTER);
        waitFor(() -> !list.getItems().isEmpty() && list.getItems().size() < all);
        assertThat(list.getItems()).allSatisfy(c -> assertThat(c.name()).contains("Billing"));
        assertThat(desktop.conversationList().queryTextProperty().get()).startsWith("name=like.%Billing%");

        Conversation first = list.getItems().get(0);
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        waitFor(() -> desktop.transcript().conversationIdProperty().get().equals(first.id()));
        waitFor(() -> desktop.transcript().firstPageShownProperty().get());
        assertThat(desktop.mainViewModel().recents().items().get(0).id()).isEqualTo(first.id());
    }

    @Test
    void theSearchFieldsClearButtonListsEveryConversationAgain(FxRobot robot) throws Exception {
        showDesktop(robot, "--demo");
        ListView<Conversation> list = browser(robot).list();
        waitFor(() -> list.getItems().size() > 3);
        int all = list.getItems().size();
        robot.clickOn("#conversation-search").write("Billing").type(KeyCode.ENTER);
        waitFor(() -> !list.getItems().isEmpty() && list.getItems().size() < all);

        Node clear = robot.lookup("#conversation-search .clear-button").query();
        waitFor(() -> clear.getOpacity() == 1.0);
        robot.clickOn(clear);
        waitFor(() -> list.getItems().size() == all);
        assertThat(desktop.conversationList().nameProperty().get()).isEmpty();
        assertThat(desktop.conversationList().queryTextProperty().get()).doesNotContain("name=");
    }

    @Test
    void aPastedPortalUrlOpensThatConversation(FxRobot robot) throws Exception {
        showDesktop(robot, "--demo");
        String id = com.transcriptviewer.demo.DemoData.SMS_CHAT_ID;
        robot.interact(() -> desktop.mainView()
                .idBox()
                .setText("https://portal.telnyx.com/#/ai/assistants/x/conversations/" + id.toUpperCase() + "?tab=1"));
        robot.clickOn(desktop.mainView().idBox()).type(KeyCode.ENTER);
        waitFor(() -> desktop.transcript().conversationIdProperty().get().equals(id)
                && desktop.transcript().firstPageShownProperty().get());
    }

    @Test
    void aMalformedFileShowsAnErrorNotACrash(FxRobot robot) throws Exception {
        Path file = home.resolve("broken.json");
        Files.writeString(file, "{\"data\": [ {\"role\": ");
        showDesktop(robot, "--file", file.toString());
        waitFor(() -> desktop.transcript().stateProperty().get() == TranscriptState.FAILED_FIRST);
        assertThat(desktop.transcript().errorMessageProperty().get()).startsWith("broken.json is not a transcript");
        assertThat(robot.lookup(".error-message").queryAs(Label.class).getText())
                .contains("malformed JSON");
    }

    @Test
    void aGoodFileShowsItsMessages(FxRobot robot) throws Exception {
        Path file = home.resolve("saved.json");
        Files.writeString(
                file,
                "[{\"role\":\"user\",\"text\":\"Hello from a file\"},"
                        + "{\"role\":\"assistant\",\"text\":\"Hi there\"}]");
        showDesktop(robot, "--demo", "--file", file.toString());
        waitFor(() -> desktop.transcript().stateProperty().get() == TranscriptState.COMPLETE);
        assertThat(desktop.transcript().loadedMessagesProperty().get()).isEqualTo(2);
        assertThat(desktop.transcript().statusTextProperty().get()).contains("saved.json");
    }

    @Test
    void theSettingsDialogMasksTheKeyAndSaysItComesFromTheEnvironment(FxRobot robot) throws Exception {
        FxExecutors executors = new FxExecutors(Runnable::run, Platform::runLater, (delay, task) -> () -> {});
        SettingsViewModel viewModel = new SettingsViewModel(
                Settings.defaults(),
                MemoryKeyStore.sessionOnly(),
                Optional.of("KEY-from-the-environment"),
                (url, key, cancel) -> 0,
                MemoryKeyStore.sessionOnly(),
                (server, password) -> {},
                executors,
                change -> {});
        SettingsDialog[] dialog = new SettingsDialog[1];
        robot.interact(() -> {
            dialog[0] = new SettingsDialog(viewModel);
            dialog[0].initOwner(stage);
            stage.show();
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog[0].maskedKeyField().isVisible()).isTrue();
        assertThat(dialog[0].plainKeyField().isVisible()).isFalse();
        assertThat(dialog[0].maskedKeyField().isEditable()).isFalse();
        assertThat(dialog[0].maskedKeyField().getText()).isEqualTo("KEY-from-the-environment");
        Label notice = robot.lookup(".key-notice").queryAs(Label.class);
        assertThat(notice.getText()).contains("TELNYX_API_KEY");

        robot.clickOn("#reveal-key");
        assertThat(dialog[0].plainKeyField().isVisible()).isTrue();
        assertThat(dialog[0].maskedKeyField().isVisible()).isFalse();
        robot.interact(() -> dialog[0].close());
    }

    @Test
    void helpAboutShowsTheVersionLicenceAndLibraries(FxRobot robot) throws Exception {
        showDesktop(robot, "--demo");

        robot.clickOn("Help").clickOn("About Transcript Viewer");
        waitFor(() -> robot.lookup(".about-dialog").tryQuery().isPresent());

        javafx.scene.control.DialogPane pane =
                robot.lookup(".about-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(robot.from(pane)
                        .lookup(".about-version")
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo("Version " + com.transcriptviewer.api.ApiConfig.appVersion());
        javafx.scene.control.TableView<?> table =
                robot.from(pane).lookup(".about-libraries").queryAs(javafx.scene.control.TableView.class);
        assertThat(table.getItems())
                .hasSize(com.transcriptviewer.about.LibraryNotices.shipped().size());
        assertThat(robot.from(pane).lookup(".label").queryAllAs(Label.class))
                .anySatisfy(label -> assertThat(label.getText()).contains("Apache License"));
        robot.interact(() -> pane.getScene().getWindow().hide());
    }
}
