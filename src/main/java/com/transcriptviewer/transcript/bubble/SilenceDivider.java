package com.transcriptviewer.transcript.bubble;

import com.transcriptviewer.ui.Icons;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** A thin rule with "12 s of silence" in the middle, shown above a message that followed a long pause. */
final class SilenceDivider extends HBox {

    private static final String STYLESHEET = Objects.requireNonNull(
                    SilenceDivider.class.getResource("silence.css"), "silence.css")
            .toExternalForm();

    private final Label label = new Label();

    SilenceDivider() {
        getStyleClass().add("silence-divider");
        getStylesheets().add(STYLESHEET);
        setAlignment(Pos.CENTER);
        FontIcon icon = Icons.icon(MaterialDesignT.TIMER_SAND, "silence-icon");
        label.setGraphic(icon);
        label.getStyleClass().add("silence-label");
        label.setMinWidth(USE_PREF_SIZE);
        Icons.sizeWith(icon, label, 1.0);
        getChildren().addAll(line(), label, line());
    }

    private static Region line() {
        Region line = new Region();
        line.getStyleClass().add("silence-line");
        HBox.setHgrow(line, Priority.ALWAYS);
        return line;
    }

    void setText(String text) {
        label.setText(text);
    }

    String getText() {
        return label.getText();
    }
}
