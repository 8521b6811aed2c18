package com.transcriptviewer.transcript.bubble;

import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * What a feature adds to every tool card (the reviews' verdict, say) without the card knowing the feature: a badge in
 * the collapsed header, after the check's, and a part of the expanded card, under the check. A card has one of each
 * feature's parts for its life, and cells re-use cards, so a part is bound to one call after another.
 */
public interface ToolCardPart {

    /**
     * The badge for the header, or null for none. Its graphic is its icon: in a narrow card the badge's words give way
     * and the icon stays, as the check's badge does. The part shows and hides it (visible and managed).
     */
    Label headerBadge();

    /**
     * What the expanded card shows under the arguments and their check, or null for nothing. The card asks for it once,
     * the first time it is expanded (most cards never are), so a part may make it then; it may be bound to a call
     * before.
     */
    Node body();

    /** Shows {@code model}'s call; {@code card} is the card the part belongs to (to style it, or to focus it). */
    void bind(ToolCallCardViewModel model, ToolCallCard card);

    /** Drops every link to the call it showed. */
    void unbind();
}
