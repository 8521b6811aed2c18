package com.transcriptviewer.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The app icon at every size a window system asks for. Pass all of them to a stage
 * ({@code stage.getIcons().addAll(AppIcons.all())}); the platform picks the best fit for the title bar, task
 * switcher and dock, and the hand-tuned 16 and 32 px drawings stay sharp instead of being scaled down from 256.
 * The PNGs are rendered from {@code icons/*.svg} by {@code icons/render.sh}.
 */
public final class AppIcons {

    /** Pixel sizes shipped under {@code /com/transcriptviewer/icons/icon-<size>.png}, smallest first. */
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private static final String RESOURCE_DIR = "/com/transcriptviewer/icons/";

    private AppIcons() {}

    /** A new list of freshly loaded images, one per size in {@link #SIZES}. */
    public static List<Image> all() {
        List<Image> images = new ArrayList<>(SIZES.size());
        for (int size : SIZES) {
            images.add(load(size));
        }
        return images;
    }

    /** The icon drawn for {@code size} pixels. */
    public static Image ofSize(int size) {
        if (!SIZES.contains(size)) {
            throw new IllegalArgumentException("No icon drawn at " + size + " px; sizes: " + SIZES);
        }
        return load(size);
    }

    private static Image load(int size) {
        String name = RESOURCE_DIR + "icon-" + size + ".png";
        try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
            if (in == null) {
                // A missing icon is a packaging mistake, not something to hide behind a blank window icon.
                throw new IllegalStateException("Icon resource missing from the application: " + name);
            }
            Image image = new Image(in);
            if (image.isError()) {
                throw new IllegalStateException("Icon resource unreadable: " + name, image.getException());
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read icon " + name, e);
        }
    }
}
