package com.transcriptviewer.transcript.bubble;

import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.text.json.JsonSyntaxError;
import com.transcriptviewer.ui.Icons;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The check's verdict in a tool card's header: an icon and a word or two ("OK", "2 problems", "No definition"), green
 * for OK, red for a call that is wrong, muted when there was nothing to check against; the tooltip says what the call
 * was checked against. Hidden until the call has been checked. In a narrow card its words give way before the
 * function name does, and its icon stays (see {@link ToolCardHeader}).
 */
final class CheckBadge extends Label {

    static final String OK = "check-ok";
    static final String PROBLEM = "check-failed";
    static final String MUTED = "check-muted";
    private static final List<String> TONES = List.of(OK, PROBLEM, MUTED);

    private final FontIcon icon = Icons.check(ToolCallCheck.Status.OK);
    private final Tooltip tooltip = new Tooltip();
    /** What the badge shows: a re-bind while scrolling that changes neither restyles nothing. */
    private ToolCallCheck shownCheck;

    private JsonSyntaxError shownError;
    private TextMask shownMask;

    CheckBadge() {
        setGraphic(icon);
        getStyleClass().addAll("badge", "check-badge");
        setTextOverrun(OverrunStyle.ELLIPSIS);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        setTooltip(tooltip);
        Icons.sizeWith(icon, this, 1.1);
        setVisible(false);
        setManaged(false);
    }

    /**
     * Shows {@code check}'s verdict, or nothing for null (not checked yet); {@code syntaxError} may be null. The
     * tooltip's problems are shown through {@code mask}: a problem may quote an argument.
     */
    void show(ToolCallCheck check, JsonSyntaxError syntaxError, TextMask mask) {
        setVisible(check != null);
        setManaged(check != null);
        if (check == null || (check == shownCheck && syntaxError == shownError && mask == shownMask)) {
            return;
        }
        shownCheck = check;
        shownError = syntaxError;
        shownMask = mask;
        setText(CheckTexts.badge(check));
        icon.setIconCode(Icons.checkIkon(check.status()));
        getStyleClass().removeAll(TONES);
        getStyleClass().add(tone(check.status()));
        tooltip.setText(mask.apply(CheckTexts.tooltip(check, syntaxError)));
    }

    static String tone(ToolCallCheck.Status status) {
        return status == ToolCallCheck.Status.OK ? OK : status.isProblem() ? PROBLEM : MUTED;
    }

    /** The width with the icon alone: what the badge keeps when its words have given way. */
    double iconOnlyWidth() {
        return snapSizeX(snappedLeftInset() + icon.prefWidth(-1) + snappedRightInset());
    }
}
