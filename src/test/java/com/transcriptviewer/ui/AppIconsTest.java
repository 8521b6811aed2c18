package com.transcriptviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class AppIconsTest {

    @Test
    void loadsOneSquareImagePerShippedSizeSmallestFirst() {
        List<Image> icons = AppIcons.all();

        assertThat(icons).hasSize(AppIcons.SIZES.size());
        for (int i = 0; i < icons.size(); i++) {
            int size = AppIcons.SIZES.get(i);
            assertThat(icons.get(i).getWidth()).as("width of %d px icon", size).isEqualTo(size);
            assertThat(icons.get(i).getHeight())
                    .as("height of %d px icon", size)
                    .isEqualTo(size);
            assertThat(icons.get(i).isError()).isFalse();
        }
    }

    @Test
    void everyIconShowsAWhiteBubbleOnAColouredTile() {
        for (int size : AppIcons.SIZES) {
            PixelReader pixels = AppIcons.ofSize(size).getPixelReader();
            int white = 0;
            int tile = 0;
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    Color c = pixels.getColor(x, y);
                    if (c.getOpacity() > 0.95 && c.getBrightness() > 0.95 && c.getSaturation() < 0.05) {
                        white++;
                    } else if (c.getOpacity() > 0.95 && c.getSaturation() > 0.5) {
                        tile++;
                    }
                }
            }
            double area = (double) size * size;
            assertThat(white / area).as("share of bubble white at %d px", size).isBetween(0.2, 0.6);
            assertThat(tile / area).as("share of coloured tile at %d px", size).isGreaterThan(0.25);
        }
    }

    @Test
    void smallIconsFillTheirSquareSoTheyReadAtTitleBarSize() {
        for (int size : List.of(16, 24, 32)) {
            PixelReader pixels = AppIcons.ofSize(size).getPixelReader();
            assertThat(pixels.getColor(size / 2, 0).getOpacity())
                    .as("top edge at %d px", size)
                    .isGreaterThan(0.9);
            assertThat(pixels.getColor(0, size / 2).getOpacity())
                    .as("left edge at %d px", size)
                    .isGreaterThan(0.9);
        }
    }

    @Test
    void refusesSizesThatWereNotDrawn() {
        assertThatThrownBy(() -> AppIcons.ofSize(20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("20 px");
    }
}
