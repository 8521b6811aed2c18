package com.transcriptviewer.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.testing.FxThread;
import com.transcriptviewer.testing.StyledStages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Settings dialog's reviews section in a window: the team server's fields, masked password, test result. */
@ExtendWith(ApplicationExtension.class)
class SettingsReviewsFxTest {

    private static final String PASSWORD = "pg-Passw0rd-5ecret!";

    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "settings-test");
        thread.setDaemon(true);
        return thread;
    });
    private final List<String> testedWith = new ArrayList<>();
    private SettingsViewModel viewModel;
    private SettingsDialog dialog;

    @Start
    void start(Stage stage) {
        viewModel = new SettingsViewModel(
                Settings.defaults(),
                MemoryKeyStore.sessionOnly(),
                Optional.empty(),
                (url, key, cancel) -> 0,
                MemoryKeyStore.standInForOsStore(),
                (server, password) -> {
                    testedWith.add(server.user() + "/" + password);
                    throw new StoreException("The team server rejected the password for user qa.");
                },
                new FxExecutors(background, Platform::runLater, (delay, task) -> () -> {}),
                change -> {});
        StyledStages.show(stage, new StackPane(), 400, 200);
        dialog = new SettingsDialog(viewModel);
        dialog.initOwner(stage);
        dialog.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> dialog.close());
        background.shutdownNow();
    }

    @Test
    void theTeamServersFieldsWaitForTheChoiceAndTheTestSaysWhatWentWrong(FxRobot robot) throws Exception {
        TextField reviewer = robot.lookup("#reviewer-name").queryAs(TextField.class);
        assertThat(reviewer.getText()).isEqualTo(ReviewSettings.defaultReviewer());
        TextField url = robot.lookup("#jdbc-url").queryAs(TextField.class);
        PasswordField password = robot.lookup("#database-password").queryAs(PasswordField.class);
        Button test = robot.lookup("#test-team-server").queryButton();
        assertThat(url.isDisabled()).as("reviews kept on this computer").isTrue();
        assertThat(test.isDisabled()).isTrue();

        robot.clickOn("#reviews-team");
        assertThat(url.isDisabled()).isFalse();
        Label problem = robot.lookup(".field-problem").queryAllAs(Label.class).stream()
                .filter(Label::isVisible)
                .findFirst()
                .orElseThrow();
        assertThat(problem.getText()).startsWith("Enter the team server's JDBC URL");

        robot.interact(() -> {
            url.setText("jdbc:postgresql://db.example.com:5432/reviews");
            robot.lookup("#database-user").queryAs(TextField.class).setText("qa");
            password.setText(PASSWORD);
        });
        robot.clickOn(test);
        FxThread.waitUntil(() -> viewModel.teamTestStateProperty().get() == SettingsViewModel.TestState.FAILED, 10);

        Label result = robot.lookup("#team-test-result").queryAs(Label.class);
        assertThat(result.getText()).isEqualTo("The team server rejected the password for user qa.");
        assertThat(result.getStyleClass()).contains("danger");
        assertThat(result.isVisible()).isTrue();
        assertThat(testedWith).containsExactly("qa/" + PASSWORD);
        assertThat(password.getText()).isEqualTo(PASSWORD);
    }
}
