package com.transcriptviewer.ui;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Applies the chosen {@link Theme}: the AtlantaFX user-agent stylesheet (application-wide) plus the app's own
 * stylesheet on every scene it manages. The App binds {@link #themeProperty()} to its setting; changing it restyles
 * every window at once. One instance, created by the composition root.
 */
public final class ThemeManager {

    /** Style class on managed scene roots in dark mode, for the few rules that must differ between themes. */
    public static final String DARK_STYLE_CLASS = "theme-dark";

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final Consumer<String> userAgentStylesheetSetter;
    private final List<Scene> scenes = new ArrayList<>();

    /** Production constructor: sets the stylesheet through {@link Application#setUserAgentStylesheet}. */
    public ThemeManager() {
        this(Application::setUserAgentStylesheet);
    }

    /** For tests and embedding: the given consumer receives each user-agent stylesheet URL to apply. */
    public ThemeManager(Consumer<String> userAgentStylesheetSetter) {
        this.userAgentStylesheetSetter = Objects.requireNonNull(userAgentStylesheetSetter);
        theme.addListener((obs, old, now) -> apply(now == null ? Theme.LIGHT : now));
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    public void setTheme(Theme value) {
        theme.set(value);
    }

    /** Applies the current theme now (call once at start-up; later changes apply themselves). */
    public void applyCurrent() {
        apply(getTheme() == null ? Theme.LIGHT : getTheme());
    }

    /** Adds the app stylesheet to {@code scene} and keeps its root's theme class in step. */
    public void manage(Scene scene) {
        String css = appStylesheet();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        if (!scenes.contains(scene)) {
            scenes.add(scene);
        }
        markRoot(scene.getRoot(), getTheme());
        scene.rootProperty().addListener((obs, old, now) -> markRoot(now, getTheme()));
    }

    /**
     * URL of the app's own stylesheet (role colours, cards, JSON tokens): its binary form made by the build
     * ({@link StylesheetCompiler}), which loads faster, or the CSS itself where the build step has not run.
     */
    public static String appStylesheet() {
        URL binary = ThemeManager.class.getResource("app.bss");
        if (binary != null) {
            return binary.toExternalForm();
        }
        URL url = ThemeManager.class.getResource("app.css");
        if (url == null) {
            throw new IllegalStateException("app.css missing from the classpath");
        }
        return url.toExternalForm();
    }

    private void apply(Theme value) {
        userAgentStylesheetSetter.accept(value.userAgentStylesheet());
        for (Scene scene : scenes) {
            markRoot(scene.getRoot(), value);
        }
    }

    private static void markRoot(Parent root, Theme value) {
        if (root == null) {
            return;
        }
        root.getStyleClass().remove(DARK_STYLE_CLASS);
        if (value != null && value.isDark()) {
            root.getStyleClass().add(DARK_STYLE_CLASS);
        }
    }
}
