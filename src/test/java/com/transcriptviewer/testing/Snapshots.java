package com.transcriptviewer.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes JavaFX snapshots as PNG files (no javafx-swing needed) and tells a real picture from a blank one. */
public final class Snapshots {

    private Snapshots() {}

    public static void writePng(WritableImage image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            reader.getPixels(0, y, width, 1, PixelFormat.getIntArgbInstance(), row, 0, width);
            buffered.setRGB(0, y, width, 1, row, 0, width);
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(buffered, "png", file.toFile());
    }

    /** Colours seen on a grid of {@code step} pixels: a blank or single-colour image has one or two. */
    public static int distinctColours(WritableImage image, int step) {
        PixelReader reader = image.getPixelReader();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < (int) image.getHeight(); y += step) {
            for (int x = 0; x < (int) image.getWidth(); x += step) {
                colours.add(reader.getArgb(x, y));
            }
        }
        return colours.size();
    }
}
