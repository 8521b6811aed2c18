package com.transcriptviewer.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.testing.Fixtures;
import com.transcriptviewer.testing.Snapshots;
import com.transcriptviewer.text.ToolResultPairing;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import com.transcriptviewer.transcript.bubble.MessageBubble;
import com.transcriptviewer.transcript.bubble.MessageBubbleViewModel;
import com.transcriptviewer.transcript.bubble.ToolCallCard;
import com.transcriptviewer.ui.Theme;
import com.transcriptviewer.ui.ThemeManager;
import com.transcriptviewer.ui.json.JsonView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lays out a few representative bubbles in both themes and writes {@code target/screenshots/uikit-*.png}, so the
 * looks can be reviewed by eye; asserts the images were written and are not blank.
 */
@ExtendWith(ApplicationExtension.class)
class UiKitScreenshotTest {

    private static final Path DIR = Path.of("target", "screenshots");

    private Stage stage;
    private final ThemeManager themes = new ThemeManager();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private VBox sampleTranscript() {
        BubbleContext context = Fixtures.directContext();
        List<Message> messages = List.of(
                Fixtures.message(Role.ASSISTANT, "Hello! This is Ava from Acme Dental. How can I help you today?", 0),
                Fixtures.message(Role.USER, "Hi, I'd like to move my cleaning to <b>next Tuesday</b> if possible.", 9),
                Fixtures.message(
                        Role.ASSISTANT,
                        "Let me check availability and text you a confirmation.",
                        15,
                        Fixtures.call(
                                "call_8f2k1",
                                "check_availability",
                                "{\"date\":\"2025-03-18\",\"service\":\"cleaning\",\"slots\":[\"09:00\",\"14:30\"],"
                                        + "\"patient\":{\"id\":48213,\"vip\":false,\"note\":null}}"),
                        Fixtures.call(
                                "call_9x7q3",
                                "send_message",
                                "{\"to\":\"+13125550199\",\"text\":\"Your appointment is confirmed\"")),
                Fixtures.message(Role.TOOL, "{\"available\":true,\"slots\":[\"09:00\",\"14:30\"]}", 17),
                Fixtures.message(Role.of("system"), "Caller put on hold by supervisor.", 80));
        ToolResultPairing pairing = ToolResultPairing.of(messages);
        VBox column = new VBox();
        column.setPrefWidth(900);
        column.getStyleClass().add("transcript-sample");
        column.setStyle("-fx-background-color: -color-bg-default;");
        for (int i = 0; i < messages.size(); i++) {
            MessageBubbleViewModel model = new MessageBubbleViewModel(
                    messages.get(i), Fixtures.START, pairing.callAnsweredBy(i).orElse(null), context);
            if (i == 2) {
                model.toolCards().get(0).setExpanded(true);
                model.toolCards().get(1).setExpanded(true);
            }
            MessageBubble bubble = new MessageBubble(
                    () -> new ToolCallCard(new JsonView(Runnable::run, Runnable::run), text -> {}),
                    new JsonView(Runnable::run, Runnable::run));
            bubble.bind(model);
            column.getChildren().add(bubble);
        }
        return column;
    }

    @Test
    void writesLightAndDarkScreenshots(FxRobot robot) throws Exception {
        List<Path> written = new ArrayList<>();
        // Light and dark at 100%, and light with a doubled root font as a stand-in for 200% display scaling.
        String[][] variants = {
            {"LIGHT", "light", ""}, {"DARK", "dark", ""}, {"LIGHT", "light-2x", "-fx-font-size: 28px;"}
        };
        for (String[] variant : variants) {
            Theme theme = Theme.valueOf(variant[0]);
            AtomicReference<WritableImage> image = new AtomicReference<>();
            robot.interact(() -> {
                Application.setUserAgentStylesheet(theme.userAgentStylesheet());
                VBox content = sampleTranscript();
                content.setStyle(content.getStyle() + variant[2]);
                if (!variant[2].isEmpty()) {
                    content.setPrefWidth(1100);
                }
                Scene scene = new Scene(new javafx.scene.control.ScrollPane(content), 900, 780);
                themes.manage(scene);
                stage.setScene(scene);
                stage.show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            // A few pulses: wrapped text areas learn their height only after a first layout at their width.
            for (int pass = 0; pass < 3; pass++) {
                robot.interact(() -> {
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                });
                WaitForAsyncUtils.waitForFxEvents();
            }
            robot.interact(() -> {
                javafx.scene.Node content =
                        ((javafx.scene.control.ScrollPane) stage.getScene().getRoot()).getContent();
                javafx.geometry.Bounds bounds = content.getLayoutBounds();
                // Software snapshots fail beyond a few megapixels; the top of a tall page is enough to judge.
                javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
                parameters.setViewport(
                        new javafx.geometry.Rectangle2D(0, 0, bounds.getWidth(), Math.min(bounds.getHeight(), 1600)));
                image.set(content.snapshot(parameters, null));
            });
            Path file = DIR.resolve("uikit-" + variant[1] + ".png");
            Snapshots.writePng(image.get(), file);
            written.add(file);
            assertThat(Snapshots.distinctColours(image.get(), 7))
                    .as("%s screenshot has content", variant[1])
                    .isGreaterThan(20);
        }
        assertThat(written).allSatisfy(path -> assertThat(Files.size(path)).isGreaterThan(10_000));
    }
}
