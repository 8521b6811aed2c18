package com.transcriptviewer.ui;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The system clipboard, for every Copy button and menu item. Call on the FX thread. */
public final class SystemClipboard {

    private SystemClipboard() {}

    /** Replaces the clipboard's content with {@code text}. */
    public static void putText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
