package com.transcriptviewer.ui;

import java.util.Objects;
import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * Shows the choices of a drop-down list by a readable name (a theme as "Dark", a date field as "Created") instead of
 * the value's programmatic name. The lists are picked from, never typed into, so there is no way back from text.
 */
public final class ChoiceConverter<T> extends StringConverter<T> {

    private final Function<? super T, String> name;
    private final String noChoice;

    private ChoiceConverter(Function<? super T, String> name, String noChoice) {
        this.name = Objects.requireNonNull(name, "name");
        this.noChoice = Objects.requireNonNull(noChoice, "noChoice");
    }

    /** Names each choice with {@code name}; an empty box shows nothing. */
    public static <T> ChoiceConverter<T> of(Function<? super T, String> name) {
        return new ChoiceConverter<>(name, "");
    }

    /** Names each choice with {@code name}; an empty box shows {@code noChoice}, e.g. "Any channel". */
    public static <T> ChoiceConverter<T> of(Function<? super T, String> name, String noChoice) {
        return new ChoiceConverter<>(name, noChoice);
    }

    @Override
    public String toString(T value) {
        return value == null ? noChoice : name.apply(value);
    }

    @Override
    public T fromString(String text) {
        throw new UnsupportedOperationException("choices are picked, not typed");
    }
}
