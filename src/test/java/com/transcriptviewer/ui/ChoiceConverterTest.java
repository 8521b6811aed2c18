package com.transcriptviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChoiceConverterTest {

    @Test
    void showsEachChoiceByItsName() {
        assertThat(ChoiceConverter.of(Theme::displayName).toString(Theme.DARK)).isEqualTo("Dark");
    }

    @Test
    void anEmptyBoxShowsNothingOrTheGivenText() {
        assertThat(ChoiceConverter.of(Theme::displayName).toString(null)).isEmpty();
        assertThat(ChoiceConverter.<String>of(value -> value, "Any channel").toString(null))
                .isEqualTo("Any channel");
    }

    @Test
    void choicesCannotBeTyped() {
        assertThatThrownBy(() -> ChoiceConverter.of(Theme::displayName).fromString("Dark"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
