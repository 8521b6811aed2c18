package com.transcriptviewer.transcript.bubble;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;

/**
 * A collapsed tool card's one line: chevron, tool icon, function name, the check's badge, arguments preview and call
 * id. In a narrow bubble it gives way in this order: first the preview, then the call id (elided in its middle, so
 * both ends stay readable), then the function name down to its first few characters (enough to tell the tool), then
 * the badge's words (its icon stays, so the verdict still shows), and the rest of the name last, so the line always
 * fits inside its bubble. A plain {@code HBox} shrinks all its children alike
 * and stops at their minimum widths, which pushed the card past the bubble's edge in the narrowest windows.
 */
final class ToolCardHeader extends HBox {

    private final Node chevron;
    private final Node toolIcon;
    private final Label functionName;
    private final CheckBadge badge;
    private final Label preview;
    private final Label callId;
    private final List<Node> parts;
    /** How much of the function name stays before the badge's words give way, in widths of the name's font size. */
    static final double NAME_BEFORE_BADGE_EM = 6;

    ToolCardHeader(Node chevron, Node toolIcon, Label functionName, CheckBadge badge, Label preview, Label callId) {
        super(chevron, toolIcon, functionName, badge, preview, callId);
        this.chevron = chevron;
        this.toolIcon = toolIcon;
        this.functionName = functionName;
        this.badge = badge;
        this.preview = preview;
        this.callId = callId;
        this.parts = List.of(chevron, toolIcon, functionName, badge, preview, callId);
        functionName.setTextOverrun(OverrunStyle.ELLIPSIS);
        preview.setTextOverrun(OverrunStyle.ELLIPSIS);
        callId.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
    }

    /** The icons (the badge's too) and the gaps: the texts can all give way. */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + gaps() + width(chevron) + width(toolIcon) + badgeMin();
    }

    @Override
    protected void layoutChildren() {
        double top = snappedTopInset();
        double height = getHeight() - top - snappedBottomInset();
        double badgeMin = badgeMin();
        double room = getWidth()
                - snappedLeftInset()
                - snappedRightInset()
                - gaps()
                - width(chevron)
                - width(toolIcon)
                - badgeMin;
        double namePref = width(functionName);
        double nameWidth = Math.min(Math.min(namePref, nameBeforeBadge()), Math.max(0, room));
        room -= nameWidth;
        double badgeWidth = badgeMin + Math.min(width(badge) - badgeMin, Math.max(0, room));
        room -= badgeWidth - badgeMin;
        double nameRest = Math.min(namePref - nameWidth, Math.max(0, room));
        nameWidth += nameRest;
        room -= nameRest;
        double callIdWidth = Math.min(width(callId), Math.max(0, room));
        room -= callIdWidth;
        double previewWidth = Math.max(0, room);
        double x = snappedLeftInset();
        double spacing = snapSpaceX(getSpacing());
        double[] widths = {width(chevron), width(toolIcon), nameWidth, badgeWidth, previewWidth, callIdWidth};
        for (int i = 0; i < parts.size(); i++) {
            Node child = parts.get(i);
            if (!child.isManaged()) {
                continue;
            }
            double childHeight = Math.min(height, child.prefHeight(widths[i]));
            // Centred on the line, as the style's center-left alignment asks.
            child.resizeRelocate(x, snapPositionY(top + (height - childHeight) / 2), widths[i], childHeight);
            x += widths[i] + spacing;
        }
    }

    private double nameBeforeBadge() {
        return badge.isManaged()
                ? snapSizeX(functionName.getFont().getSize() * NAME_BEFORE_BADGE_EM)
                : Double.MAX_VALUE;
    }

    /** What the badge keeps in the narrowest card: its icon; nothing while it is hidden. */
    private double badgeMin() {
        return badge.isManaged() ? Math.min(badge.iconOnlyWidth(), width(badge)) : 0;
    }

    private double gaps() {
        long shown = parts.stream().filter(Node::isManaged).count();
        return snapSpaceX(getSpacing()) * Math.max(0, shown - 1);
    }

    private double width(Node child) {
        return child.isManaged() ? snapSizeX(child.prefWidth(-1)) : 0;
    }
}
