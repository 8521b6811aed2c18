package com.transcriptviewer.review;

import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.ui.Icons;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * Correct / Wrong / Unsure as one segmented control, each with its icon and word (the colour of the chosen one only
 * repeats what they say). A click hands the verdict to the owner, and the buttons then show what the owner's state
 * says, so a click that changes nothing leaves them as they were.
 */
final class VerdictButtons extends HBox {

    private final Map<Verdict, ToggleButton> buttons = new EnumMap<>(Verdict.class);
    private Supplier<Verdict> shown = () -> null;

    /**
     * @param keys   whether to name the keys 1, 2, 3 in the tooltips (on the cards, where they act)
     * @param choose told of the verdict clicked
     */
    VerdictButtons(String idPrefix, boolean keys, Consumer<Verdict> choose) {
        Objects.requireNonNull(choose, "choose");
        getStyleClass().add("verdict-buttons");
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(USE_PREF_SIZE);
        Verdict[] all = Verdict.values();
        for (int i = 0; i < all.length; i++) {
            Verdict verdict = all[i];
            ToggleButton button = new ToggleButton(verdict.label(), Icons.verdict(verdict));
            button.setId(idPrefix + verdict.wireName());
            button.getStyleClass()
                    .addAll(
                            "verdict-button",
                            "verdict-" + verdict.wireName(),
                            i == 0 ? "left-pill" : i == all.length - 1 ? "right-pill" : "center-pill");
            // The keys act on the transcript list: clicking a verdict leaves the focus where it was.
            button.setFocusTraversable(false);
            button.setMinWidth(USE_PREF_SIZE);
            button.setTooltip(new Tooltip(keys ? verdict.label() + " (" + (i + 1) + ")" : verdict.label()));
            button.setOnAction(e -> {
                choose.accept(verdict);
                show(shown.get());
            });
            buttons.put(verdict, button);
            getChildren().add(button);
        }
    }

    /** Where the buttons read the verdict they show after a click. */
    void showing(Supplier<Verdict> verdict) {
        this.shown = Objects.requireNonNull(verdict, "verdict");
        show(verdict.get());
    }

    /** Marks {@code verdict}'s button as chosen (none for null). */
    void show(Verdict verdict) {
        buttons.forEach((each, button) -> button.setSelected(each == verdict));
    }

    ToggleButton button(Verdict verdict) {
        return buttons.get(verdict);
    }
}
