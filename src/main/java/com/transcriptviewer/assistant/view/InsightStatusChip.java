package com.transcriptviewer.assistant.view;

import com.transcriptviewer.model.InsightResult;
import com.transcriptviewer.ui.Icons;
import java.util.Locale;
import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** An insight run's status as a small chip, icon and word, coloured by what it means (done, waiting, failed). */
final class InsightStatusChip {

    private InsightStatusChip() {}

    static Label of(InsightResult.Status status) {
        FontIcon icon = new FontIcon(ikon(status));
        icon.getStyleClass().add("icon");
        Label chip = new Label(status.label(), icon);
        chip.getStyleClass()
                .addAll("insight-status", "status-" + status.wireName().replace('_', '-'));
        chip.setMinWidth(Label.USE_PREF_SIZE);
        Icons.sizeWith(icon, chip, 1.1);
        chip.setAccessibleText("Status: " + status.label().toLowerCase(Locale.ROOT));
        return chip;
    }

    private static Ikon ikon(InsightResult.Status status) {
        return switch (status) {
            case COMPLETED -> MaterialDesignC.CHECK_CIRCLE_OUTLINE;
            case PENDING -> MaterialDesignC.CLOCK_OUTLINE;
            case IN_PROGRESS -> MaterialDesignP.PROGRESS_CLOCK;
            case FAILED -> MaterialDesignA.ALERT_CIRCLE_OUTLINE;
            case UNKNOWN -> MaterialDesignH.HELP_CIRCLE_OUTLINE;
        };
    }
}
