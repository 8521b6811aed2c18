package com.transcriptviewer.testing;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opening context menus in headless tests. */
public final class ContextMenus {

    private ContextMenus() {}

    /**
     * Asks for {@code node}'s context menu as a right-click does on a desktop: the headless platform sends no
     * context-menu event for a right-click, so one is sent here, at the node's centre, through the whole event chain.
     */
    public static void open(FxRobot robot, Node node) {
        robot.interact(() -> {
            Bounds local = node.getBoundsInLocal();
            Point2D screen = node.localToScreen(local.getCenterX(), local.getCenterY());
            Point2D scene = node.localToScene(local.getCenterX(), local.getCenterY());
            Event.fireEvent(
                    node,
                    new ContextMenuEvent(
                            ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                            scene.getX(),
                            scene.getY(),
                            screen.getX(),
                            screen.getY(),
                            false,
                            new PickResult(node, scene.getX(), scene.getY())));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
