package com.transcriptviewer.transcript.bubble;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;

/**
 * A collapsed tool card's one line: chevron, tool icon, function name, arguments preview and call id. In a narrow
 * bubble it gives way in that order of importance: first the preview, then the call id (elided in its middle, so
 * both ends stay readable), and the function name last, so the line always fits inside its bubble. A plain
 * {@code HBox} shrinks all its children alike and stops at their minimum widths, which pushed the card past the
 * bubble's edge in the narrowest windows.
 */
final class ToolCardHeader extends HBox {

    private final Node chevron;
    private final Node toolIcon;
    private final Label functionName;
    private final Label preview;
    private final Label callId;
    private final List<Node> parts;

    ToolCardHeader(Node chevron, Node toolIcon, Label functionName, Label preview, Label callId) {
        super(chevron, toolIcon, functionName, preview, callId);
        this.chevron = chevron;
        this.toolIcon = toolIcon;
        this.functionName = functionName;
        this.preview = preview;
        this.callId = callId;
        this.parts = List.of(chevron, toolIcon, functionName, preview, callId);
        functionName.setTextOverrun(OverrunStyle.ELLIPSIS);
        preview.setTextOverrun(OverrunStyle.ELLIPSIS);
        callId.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
    }

    /** The icons and the gaps: the texts can all give way. */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + gaps() + width(chevron) + width(toolIcon);
    }

    @Override
    protected void layoutChildren() {
        double top = snappedTopInset();
        double height = getHeight() - top - snappedBottomInset();
        double room = getWidth() - snappedLeftInset() - snappedRightInset() - gaps() - width(chevron) - width(toolIcon);
        double nameWidth = Math.min(width(functionName), Math.max(0, room));
        room -= nameWidth;
        double callIdWidth = Math.min(width(callId), Math.max(0, room));
        room -= callIdWidth;
        double previewWidth = Math.max(0, room);
        double x = snappedLeftInset();
        double spacing = snapSpaceX(getSpacing());
        double[] widths = {width(chevron), width(toolIcon), nameWidth, previewWidth, callIdWidth};
        for (int i = 0; i < parts.size(); i++) {
            Node child = parts.get(i);
            double childHeight = Math.min(height, child.prefHeight(widths[i]));
            // Centred on the line, as the style's center-left alignment asks.
            child.resizeRelocate(x, snapPositionY(top + (height - childHeight) / 2), widths[i], childHeight);
            x += widths[i] + spacing;
        }
    }

    private double gaps() {
        return snapSpaceX(getSpacing()) * (parts.size() - 1);
    }

    private double width(Node child) {
        return snapSizeX(child.prefWidth(-1));
    }
}
