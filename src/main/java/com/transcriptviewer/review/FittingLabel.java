package com.transcriptviewer.review;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;

/**
 * A label with several forms of its text, longest first: it asks for the room of the shortest, takes what its row has
 * to spare up to the longest one's width, and shows the longest form that fits. So in a crowded line it never pushes
 * its neighbours into ellipses for words it can do without, and in a roomy one it says it all.
 */
final class FittingLabel extends Label {

    private List<String> forms = List.of("");
    private final Text measure = new Text();

    FittingLabel() {
        HBox.setHgrow(this, Priority.SOMETIMES);
        fontProperty().addListener(o -> requestLayout());
    }

    /** The forms of the text, longest first; blank forms are left out. */
    void setForms(String... texts) {
        List<String> given =
                List.of(texts).stream().filter(t -> t != null && !t.isEmpty()).toList();
        forms = given.isEmpty() ? List.of("") : given;
        setText(fitting(getWidth()));
        requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        return widthOf(forms.get(forms.size() - 1));
    }

    @Override
    protected double computeMaxWidth(double height) {
        return widthOf(forms.get(0));
    }

    @Override
    protected void layoutChildren() {
        String fits = fitting(getWidth());
        if (!fits.equals(getText())) {
            setText(fits);
        }
        super.layoutChildren();
    }

    private String fitting(double width) {
        for (String form : forms) {
            if (width >= widthOf(form)) {
                return form;
            }
        }
        return forms.get(forms.size() - 1);
    }

    /** The width this label needs to show {@code text} whole, with its graphic and padding. */
    private double widthOf(String text) {
        measure.setFont(getFont());
        measure.setText(text);
        Node graphic = getGraphic();
        double graphicWidth = graphic == null ? 0 : graphic.prefWidth(-1) + getGraphicTextGap();
        return snapSizeX(snappedLeftInset()
                + graphicWidth
                + Math.ceil(measure.getLayoutBounds().getWidth())
                + snappedRightInset()
                + 1);
    }
}
