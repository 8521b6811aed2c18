package com.transcriptviewer.ui;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Keeps a shown window inside the screen it is on: as large as it asked to be where the screen has room, never larger
 * than the screen, and moved so its title bar is always in reach. A window opened on a small laptop screen, or sized for
 * a bigger one, otherwise hangs off the edge with its buttons out of reach.
 */
public final class ScreenFit {

    private ScreenFit() {}

    /**
     * Fits a showing window to its screen's visible area, growing it to at least the wanted size where there is room
     * (a dialog sizes itself to its content's first layout, which can be smaller than asked). A wanted size of 0 or
     * less keeps the window's own.
     */
    public static void keepOnScreen(Window window, double wantedWidth, double wantedHeight) {
        List<Screen> screens = Screen.getScreensForRectangle(
                window.getX(), window.getY(), Math.max(1, window.getWidth()), Math.max(1, window.getHeight()));
        Rectangle2D visible = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
        window.setWidth(Math.min(Math.max(window.getWidth(), wantedWidth), visible.getWidth()));
        window.setHeight(Math.min(Math.max(window.getHeight(), wantedHeight), visible.getHeight()));
        window.setX(Math.max(visible.getMinX(), Math.min(window.getX(), visible.getMaxX() - window.getWidth())));
        window.setY(Math.max(visible.getMinY(), Math.min(window.getY(), visible.getMaxY() - window.getHeight())));
    }
}
