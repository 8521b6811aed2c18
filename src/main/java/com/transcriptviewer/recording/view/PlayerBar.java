package com.transcriptviewer.recording.view;

import com.transcriptviewer.recording.Recording;
import com.transcriptviewer.ui.DialogService;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The recording under the transcript's header: the timeline, then one row of controls (play/pause, back and forward
 * 5 s, speed, position / duration, volume, Save recording…, which recording when there are several, how it was
 * found, which side is which); or, when there is no recording, one quiet line saying why. Hidden for chats.
 */
public final class PlayerBar extends VBox {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    final Button play = new Button("Play");
    final Button back = new Button("−5 s");
    final Button forward = new Button("+5 s");
    final ComboBox<Double> speed = new ComboBox<>();
    final Label time = new Label();
    final Slider volume = new Slider(0, 1, 1);
    final Button save = new Button("Save recording…");
    final ComboBox<Recording> choice = new ComboBox<>();
    final Label match = new Label();
    final Label channels = new Label();
    final Label line = new Label();
    final Label problem = new Label();
    final Button follow = new Button("Follow");
    final RecordingTimeline timeline;

    public PlayerBar(RecordingViewModel model, DialogService dialogs, ZoneId zone) {
        getStyleClass().add("recording-bar");
        setSpacing(4);
        setStyle("-fx-padding: 4 10 6 10;");
        timeline = new RecordingTimeline(model);
        play.setId("recording-play");
        play.textProperty()
                .bind(Bindings.when(model.playingProperty()).then("Pause").otherwise("Play"));
        play.setOnAction(e -> model.togglePlay());
        play.setMinWidth(64);
        play.setTooltip(new Tooltip("Play / pause (Ctrl+P)"));
        back.setOnAction(e -> model.back());
        back.setTooltip(new Tooltip("Back 5 seconds (Alt+Left)"));
        forward.setOnAction(e -> model.forward());
        forward.setTooltip(new Tooltip("Forward 5 seconds (Alt+Right)"));
        speed.getItems().setAll(RecordingViewModel.RATES);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double rate) {
                return rate == null
                        ? ""
                        : String.format(Locale.ROOT, "%.2f×", rate).replace(".00×", "×");
            }

            @Override
            public Double fromString(String text) {
                return 1.0;
            }
        });
        speed.valueProperty().bindBidirectional(model.rateProperty().asObject());
        speed.setTooltip(new Tooltip("Speed (Alt+, slower, Alt+. faster)"));
        time.getStyleClass().add("recording-time");
        time.setMinWidth(Region.USE_PREF_SIZE);
        time.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> clock(model.positionProperty().get()) + " / "
                                + clock(model.durationProperty().get()),
                        model.positionProperty(),
                        model.durationProperty()));
        volume.setPrefWidth(80);
        volume.valueProperty().bindBidirectional(model.volumeProperty());
        volume.setTooltip(new Tooltip("Volume"));
        save.setId("recording-save");
        save.setOnAction(e -> saveAs(model, dialogs));
        save.disableProperty().bind(model.selectedProperty().isNull());
        choice.setItems(model.recordings());
        choice.valueProperty().bindBidirectional(model.selectedProperty());
        choice.setButtonCell(new RecordingCell(zone));
        choice.setCellFactory(list -> new RecordingCell(zone));
        choice.visibleProperty().bind(Bindings.size(model.recordings()).greaterThan(1));
        choice.managedProperty().bind(choice.visibleProperty());
        match.getStyleClass().add("recording-match");
        match.textProperty().bind(model.matchTextProperty());
        match.setStyle("-fx-opacity: 0.75;");
        channels.textProperty().bind(model.channelsTextProperty());
        channels.setStyle("-fx-opacity: 0.75;");
        for (javafx.scene.Node control : List.of(play, back, forward, speed, volume)) {
            control.disableProperty().bind(model.readyProperty().not());
        }
        for (Region control : List.of(play, back, forward, save, follow)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        speed.setMinWidth(84);
        choice.setMinWidth(Region.USE_PREF_SIZE);
        follow.setId("recording-follow");
        follow.setTooltip(new Tooltip("Scroll the transcript with the recording again"));
        follow.setOnAction(e -> model.follow());
        follow.visibleProperty().bind(model.followingProperty().not());
        follow.managedProperty().bind(follow.visibleProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox controls =
                new HBox(6, play, back, forward, speed, time, volume, follow, grow, channels, match, choice, save);
        controls.setAlignment(Pos.CENTER_LEFT);

        line.getStyleClass().add("recording-line");
        line.setId("recording-line");
        line.setStyle("-fx-opacity: 0.75;");
        line.textProperty().bind(model.lineProperty());
        line.visibleProperty().bind(model.lineProperty().isNotEmpty().and(model.shownProperty()));
        line.managedProperty().bind(line.visibleProperty());
        problem.setId("recording-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Label saved = new Label();
        saved.textProperty().bind(model.saveOutcomeProperty());
        saved.setStyle("-fx-opacity: 0.75;");
        saved.visibleProperty().bind(model.saveOutcomeProperty().isNotEmpty());
        saved.managedProperty().bind(saved.visibleProperty());

        match.setId("recording-match");
        channels.visibleProperty().bind(model.channelsTextProperty().isNotEmpty());
        channels.managedProperty().bind(channels.visibleProperty());
        Label title = new Label("Call recording");
        title.setStyle("-fx-font-weight: bold;");
        HBox about = new HBox(10, title, match, channels);
        about.setAlignment(Pos.CENTER_LEFT);
        VBox player = new VBox(4, about, timeline, controls, problem, saved);
        player.visibleProperty().bind(model.selectedProperty().isNotNull());
        player.managedProperty().bind(player.visibleProperty());
        // The quiet line lives in the header's second line (see RecordingView), which is always there: the list
        // below does not move while the recording is looked for, or when there is none.
        getChildren().setAll(player);
        visibleProperty()
                .bind(model.shownProperty().and(model.selectedProperty().isNotNull()));
        managedProperty().bind(visibleProperty());
    }

    private static void saveAs(RecordingViewModel model, DialogService dialogs) {
        Recording recording = model.selectedProperty().get();
        if (recording == null) {
            return;
        }
        String extension = recording.extension();
        DialogService.FileType type = extension.equals(".mp3")
                ? new DialogService.FileType("MP3 audio", "*.mp3")
                : new DialogService.FileType("WAV audio", "*.wav");
        dialogs.askFileToSave(new DialogService.FileRequest(
                        "Save recording", List.of(type), null, "recording-" + recording.id() + extension))
                .ifPresent(model::save);
    }

    /** {@code 1:05}, or {@code 1:02:05} past an hour. */
    static String clock(long millis) {
        long seconds = Math.max(0, millis) / 1000;
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** A recording in the chooser: when it started and how long it is. */
    private static final class RecordingCell extends ListCell<Recording> {
        private final ZoneId zone;

        RecordingCell(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        protected void updateItem(Recording recording, boolean empty) {
            super.updateItem(recording, empty);
            if (empty || recording == null) {
                setText(null);
                return;
            }
            Instant start = recording.startedAt();
            setText((start == null ? "Recording" : "From " + START.format(start.atZone(zone))) + " · "
                    + clock(recording.durationMillis()));
        }
    }
}
