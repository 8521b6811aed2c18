package com.transcriptviewer.transcript.bubble;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;

/**
 * A collapsed tool card's one line: chevron, tool icon, function name, the badges (the check's, then those features
 * add), arguments preview and call id. In a narrow bubble it gives way in this order: first the preview, then the
 * call id (elided in its middle, so both ends stay readable), then the function name down to its first few characters
 * (enough to tell the tool), then the badges' words, the last badge's first (their icons stay, so the verdicts still
 * show), and the rest of the name last, so the line always fits inside its bubble. A plain {@code HBox} shrinks all
 * its children alike and stops at their minimum widths, which pushed the card past the bubble's edge in the narrowest
 * windows.
 */
final class ToolCardHeader extends HBox {

    private final Node chevron;
    private final Node toolIcon;
    private final Label functionName;
    private final List<Label> badges;
    private final Label preview;
    private final Label callId;
    private final List<Node> parts;
    /** How much of the function name stays before the badges' words give way, in widths of the name's font size. */
    static final double NAME_BEFORE_BADGE_EM = 6;

    /** @param badges the check's badge first, then the features' (see {@link ToolCardPart#headerBadge()}) */
    ToolCardHeader(Node chevron, Node toolIcon, Label functionName, List<Label> badges, Label preview, Label callId) {
        this.chevron = chevron;
        this.toolIcon = toolIcon;
        this.functionName = functionName;
        this.badges = List.copyOf(badges);
        this.preview = preview;
        this.callId = callId;
        List<Node> all = new ArrayList<>(List.of(chevron, toolIcon, functionName));
        all.addAll(this.badges);
        all.add(preview);
        all.add(callId);
        this.parts = List.copyOf(all);
        getChildren().setAll(parts);
        functionName.setTextOverrun(OverrunStyle.ELLIPSIS);
        preview.setTextOverrun(OverrunStyle.ELLIPSIS);
        callId.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
    }

    /** The icons (the badges' too) and the gaps: the texts can all give way. */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + gaps() + width(chevron) + width(toolIcon) + badgesMin();
    }

    @Override
    protected void layoutChildren() {
        double top = snappedTopInset();
        double height = getHeight() - top - snappedBottomInset();
        double badgesMin = badgesMin();
        double room = getWidth()
                - snappedLeftInset()
                - snappedRightInset()
                - gaps()
                - width(chevron)
                - width(toolIcon)
                - badgesMin;
        double namePref = width(functionName);
        double nameWidth = Math.min(Math.min(namePref, nameBeforeBadge()), Math.max(0, room));
        room -= nameWidth;
        double[] badgeWidths = new double[badges.size()];
        for (int i = 0; i < badges.size(); i++) {
            Label badge = badges.get(i);
            double min = badgeMin(badge);
            badgeWidths[i] = min + Math.min(width(badge) - min, Math.max(0, room));
            room -= badgeWidths[i] - min;
        }
        double nameRest = Math.min(namePref - nameWidth, Math.max(0, room));
        nameWidth += nameRest;
        room -= nameRest;
        double callIdWidth = Math.min(width(callId), Math.max(0, room));
        room -= callIdWidth;
        double previewWidth = Math.max(0, room);
        double x = snappedLeftInset();
        double spacing = snapSpaceX(getSpacing());
        double[] widths = new double[parts.size()];
        widths[0] = width(chevron);
        widths[1] = width(toolIcon);
        widths[2] = nameWidth;
        System.arraycopy(badgeWidths, 0, widths, 3, badgeWidths.length);
        widths[3 + badgeWidths.length] = previewWidth;
        widths[4 + badgeWidths.length] = callIdWidth;
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
        return badges.stream().anyMatch(Node::isManaged)
                ? snapSizeX(functionName.getFont().getSize() * NAME_BEFORE_BADGE_EM)
                : Double.MAX_VALUE;
    }

    /** What the badges keep in the narrowest card: their icons. */
    private double badgesMin() {
        double sum = 0;
        for (Label badge : badges) {
            sum += badgeMin(badge);
        }
        return sum;
    }

    /** What one badge keeps in the narrowest card: its icon; nothing while it is hidden. */
    private double badgeMin(Label badge) {
        return badge.isManaged() ? Math.min(iconOnlyWidth(badge), width(badge)) : 0;
    }

    /** A badge's width with its icon alone: what it keeps when its words have given way. */
    static double iconOnlyWidth(Label badge) {
        if (badge instanceof CheckBadge check) {
            return check.iconOnlyWidth();
        }
        Node icon = badge.getGraphic();
        double iconWidth = icon == null ? 0 : icon.prefWidth(-1);
        return badge.snapSizeX(badge.snappedLeftInset() + iconWidth + badge.snappedRightInset());
    }

    private double gaps() {
        long shown = parts.stream().filter(Node::isManaged).count();
        return snapSpaceX(getSpacing()) * Math.max(0, shown - 1);
    }

    private double width(Node child) {
        return child.isManaged() ? snapSizeX(child.prefWidth(-1)) : 0;
    }
}
