package com.transcriptviewer.ui;

import java.io.File;
import java.io.IOException;
import javafx.css.Stylesheet;

/**
 * Build step (run by Maven after compiling, see pom.xml): writes each given {@code .css} file's binary form
 * ({@code .bss}) beside it. JavaFX loads a binary stylesheet several times faster than it parses the text and
 * without loading its CSS parser, which matters for the app's own stylesheet, needed by the window's first frame.
 */
public final class StylesheetCompiler {

    private StylesheetCompiler() {}

    public static void main(String[] cssFiles) throws IOException {
        for (String path : cssFiles) {
            File css = new File(path);
            Stylesheet.convertToBinary(css, new File(css.getParentFile(), binaryName(css.getName())));
        }
    }

    /** {@code app.css} becomes {@code app.bss}. */
    static String binaryName(String cssName) {
        return cssName.replaceFirst("\\.css$", "") + ".bss";
    }
}
