package com.transcriptviewer.ui;

import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.text.ToolKind;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Labeled;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The app's icons (Material Design 2 glyphs). Each call returns a new node, since a node can have only one parent.
 * Icons carry the {@code icon} style class plus a specific one so CSS sizes and colours them (in em, for scaling).
 */
public final class Icons {

    private Icons() {}

    public static Ikon roleIkon(Role.Kind kind) {
        return switch (kind) {
            case ASSISTANT -> MaterialDesignR.ROBOT;
            case USER -> MaterialDesignA.ACCOUNT;
            case TOOL -> MaterialDesignW.WRENCH;
            case UNKNOWN -> MaterialDesignH.HELP_CIRCLE;
        };
    }

    public static Ikon toolIkon(ToolKind kind) {
        return switch (kind) {
            case TRANSFER -> MaterialDesignP.PHONE_FORWARD;
            case HANGUP -> MaterialDesignP.PHONE_HANGUP;
            case SEND_DTMF -> MaterialDesignD.DIALPAD;
            case SEND_MESSAGE -> MaterialDesignM.MESSAGE;
            case HANDOFF -> MaterialDesignA.ACCOUNT_SWITCH;
            case REFER -> MaterialDesignP.PHONE_IN_TALK;
            case INVITE -> MaterialDesignA.ACCOUNT_PLUS;
            case RETRIEVAL -> MaterialDesignB.BOOK_SEARCH;
            case SKIP_TURN -> MaterialDesignS.SKIP_NEXT;
            case PAY -> MaterialDesignC.CREDIT_CARD;
            case UPDATE_DYNAMIC_VARIABLES -> MaterialDesignV.VARIABLE;
            case WEBHOOK -> MaterialDesignC.CODE_BRACES;
        };
    }

    /** For {@code telnyx_conversation_channel}: phone_call, sms_chat, web_chat, sms; anything else a generic chat. */
    public static Ikon channelIkon(String channel) {
        if (channel == null) {
            return MaterialDesignC.CHAT;
        }
        return switch (channel) {
            case "phone_call" -> MaterialDesignP.PHONE;
            case "sms_chat", "sms" -> MaterialDesignC.CELLPHONE_MESSAGE;
            case "web_chat" -> MaterialDesignW.WEB;
            default -> MaterialDesignC.CHAT;
        };
    }

    public static FontIcon role(Role.Kind kind) {
        return icon(roleIkon(kind), "role-icon");
    }

    public static FontIcon tool(ToolKind kind) {
        return icon(toolIkon(kind), "tool-icon");
    }

    public static FontIcon channel(String channel) {
        return icon(channelIkon(channel), "channel-icon");
    }

    public static FontIcon copy() {
        return icon(MaterialDesignC.CONTENT_COPY, "copy-icon");
    }

    public static Ikon expandIkon() {
        return MaterialDesignC.CHEVRON_RIGHT;
    }

    public static Ikon collapseIkon() {
        return MaterialDesignC.CHEVRON_DOWN;
    }

    public static FontIcon expand() {
        return icon(MaterialDesignC.CHEVRON_RIGHT, "expand-icon");
    }

    public static FontIcon collapse() {
        return icon(MaterialDesignC.CHEVRON_DOWN, "collapse-icon");
    }

    public static FontIcon error() {
        return icon(MaterialDesignA.ALERT_CIRCLE, "error-icon");
    }

    public static FontIcon retry() {
        return icon(MaterialDesignR.REFRESH, "retry-icon");
    }

    /**
     * A check's verdict, told apart by shape as well as colour: a tick for OK, an exclamation mark for arguments that
     * are wrong, a cross for a function the assistant does not have, a question mark when there was nothing to check
     * against.
     */
    public static Ikon checkIkon(ToolCallCheck.Status status) {
        return switch (status) {
            case OK -> MaterialDesignC.CHECK_CIRCLE;
            case INVALID_JSON, SCHEMA_MISMATCH -> MaterialDesignA.ALERT_CIRCLE;
            case UNKNOWN_FUNCTION -> MaterialDesignC.CLOSE_CIRCLE;
            case NO_DEFINITION -> MaterialDesignH.HELP_CIRCLE_OUTLINE;
        };
    }

    public static FontIcon check(ToolCallCheck.Status status) {
        return icon(checkIkon(status), "check-icon");
    }

    /**
     * A reviewer's verdict, told apart by shape from the check's marks (which are ticks and crosses): a thumb up for
     * Correct, a thumb down for Wrong, a question in a speech bubble for Unsure.
     */
    public static Ikon verdictIkon(Verdict verdict) {
        return switch (verdict) {
            case CORRECT -> MaterialDesignT.THUMB_UP_OUTLINE;
            case WRONG -> MaterialDesignT.THUMB_DOWN_OUTLINE;
            case UNSURE -> MaterialDesignC.COMMENT_QUESTION_OUTLINE;
        };
    }

    public static FontIcon verdict(Verdict verdict) {
        return icon(verdictIkon(verdict), "verdict-icon");
    }

    /** Marks a tool result's "Result of …" label (the link to the call it answers). */
    public static FontIcon pairing() {
        return icon(MaterialDesignL.LINK_VARIANT, "pairing-icon");
    }

    /**
     * Keeps {@code icon} at {@code factor} times the font size of {@code reference}, so icons grow with the text
     * when the user enlarges fonts. The listener lives as long as both nodes (one view owns both).
     */
    public static FontIcon sizeWith(FontIcon icon, Labeled reference, double factor) {
        InvalidationListener update = observable ->
                icon.setIconSize((int) Math.round(reference.getFont().getSize() * factor));
        reference.fontProperty().addListener(update);
        update.invalidated(reference.fontProperty());
        return icon;
    }

    public static FontIcon icon(Ikon ikon, String styleClass) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().addAll("icon", styleClass);
        return icon;
    }
}
