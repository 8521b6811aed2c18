package com.transcriptviewer.testing;

import javafx.scene.Node;

/** What a user can see of a node in a headless test. */
public final class Nodes {

    private Nodes() {}

    /** On screen: in a scene, and the node and every ancestor visible. */
    public static boolean shown(Node node) {
        if (node == null || node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
