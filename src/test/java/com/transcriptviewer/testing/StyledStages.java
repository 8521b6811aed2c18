package com.transcriptviewer.testing;

import com.transcriptviewer.ui.ThemeManager;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Component tests' windows: the view under test in a scene styled as the app's are. */
public final class StyledStages {

    private StyledStages() {}

    /** Puts {@code root} on {@code stage} in a scene of the given size with the app's stylesheet, and shows it. */
    public static void show(Stage stage, Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(ThemeManager.appStylesheet());
        stage.setScene(scene);
        stage.show();
    }
}
