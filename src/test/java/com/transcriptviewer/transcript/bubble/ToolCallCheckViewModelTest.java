package com.transcriptviewer.transcript.bubble;

import static com.transcriptviewer.testing.Fixtures.call;
import static com.transcriptviewer.testing.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.ToolCallCheck.Problem;
import com.transcriptviewer.model.ToolSpec;
import com.transcriptviewer.testing.Checks;
import com.transcriptviewer.testing.Fixtures;
import com.transcriptviewer.text.TextMarks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A call's check on its card's view-model and a message's "has a problem", as checks arrive after the bubbles. */
class ToolCallCheckViewModelTest {

    private static MessageBubbleViewModel twoCalls() {
        return new MessageBubbleViewModel(
                message(
                        Role.ASSISTANT,
                        null,
                        0,
                        call("c1", "check_availability", "{\"date\":\"2025-04-22\"}"),
                        call("c2", "book_appointment", ToolCallCheckFxTest.BOOKING)),
                Fixtures.START,
                null,
                Fixtures.directContext());
    }

    @Test
    void aCardIsUncheckedUntilItsCheckIsSet() {
        ToolCallCardViewModel card = twoCalls().toolCards().get(1);
        assertThat(card.getCheck()).isNull();
        assertThat(card.hasProblem()).isFalse();

        card.setCheck(Checks.twoProblems());
        assertThat(card.checkProperty().get()).isEqualTo(Checks.twoProblems());
        assertThat(card.hasProblem()).isTrue();
        card.setCheck(Checks.noDefinition());
        assertThat(card.hasProblem()).as("not checked is not wrong").isFalse();
    }

    @Test
    void aMessageHasAProblemOnceAnyOfItsCallsIsFoundWrong() {
        MessageBubbleViewModel bubble = twoCalls();
        List<Boolean> seen = new ArrayList<>();
        bubble.hasProblemProperty().addListener((obs, was, now) -> seen.add(now));
        assertThat(bubble.hasProblem()).isFalse();
        assertThat(bubble.hasUncheckedCalls()).isTrue();

        bubble.toolCards().get(0).setCheck(Checks.ok());
        assertThat(bubble.hasProblem()).isFalse();
        assertThat(bubble.hasUncheckedCalls()).isTrue();

        bubble.toolCards().get(1).setCheck(Checks.unknownFunction("book_appointment"));
        assertThat(bubble.hasProblem()).isTrue();
        assertThat(bubble.hasUncheckedCalls()).isFalse();

        bubble.toolCards().get(1).setCheck(Checks.ok());
        assertThat(bubble.hasProblem()).isFalse();
        assertThat(seen).containsExactly(true, false);
    }

    @Test
    void aMessageWithoutCallsNeverHasAProblem() {
        MessageBubbleViewModel bubble =
                new MessageBubbleViewModel(message(Role.USER, "hi", 0), Fixtures.START, null, Fixtures.directContext());
        assertThat(bubble.hasProblem()).isFalse();
        assertThat(bubble.hasUncheckedCalls()).isFalse();
    }

    @Test
    void theProblemsArePlacedInThePrettyPrintedArgumentsOnceFormatted() {
        ToolCallCardViewModel card = twoCalls().toolCards().get(1);
        card.setCheck(Checks.twoProblems());
        assertThat(card.problemRanges()).as("not formatted yet").isEmpty();
        assertThat(card.problemMarks()).isEqualTo(TextMarks.NONE);

        card.setExpanded(true);

        String pretty = card.formattedProperty().get().text();
        List<Optional<TextMarks.Range>> ranges = card.problemRanges();
        assertThat(ranges).hasSize(2);
        assertThat(text(pretty, ranges.get(0).orElseThrow())).isEqualTo("\"service\"");
        assertThat(text(pretty, ranges.get(1).orElseThrow())).isEqualTo("\"patient\"");
        assertThat(card.problemMarks().ranges())
                .as("in text order")
                .extracting(range -> text(pretty, range))
                .containsExactly("\"patient\"", "\"service\"");
        assertThat(card.problemRanges()).as("worked out once").isSameAs(ranges);
    }

    @Test
    void twoProblemsAboutOneArgumentMarkItOnce() {
        ToolCallCardViewModel card = twoCalls().toolCards().get(1);
        card.setExpanded(true);
        card.setCheck(new ToolCallCheck(
                ToolCallCheck.Status.SCHEMA_MISMATCH,
                List.of(
                        new Problem("/service", "one"),
                        new Problem("/service", "two"),
                        new Problem("/nope/x", "three")),
                Checks.BASIS,
                Optional.empty()));
        assertThat(card.problemRanges()).hasSize(3);
        assertThat(card.problemMarks().ranges()).hasSize(2);
    }

    @Test
    void theBadgeAndProblemLinesReadAsWords() {
        assertThat(CheckTexts.badge(Checks.ok())).isEqualTo("OK");
        assertThat(CheckTexts.badge(Checks.twoProblems())).isEqualTo("2 problems");
        assertThat(CheckTexts.problems(1)).isEqualTo("1 problem");
        assertThat(CheckTexts.problems(3)).isEqualTo("3 problems");
        assertThat(CheckTexts.problemLine(new Problem("/party_size", "party_size should be a whole number.")))
                .isEqualTo("/party_size — party_size should be a whole number.");
        assertThat(CheckTexts.problemLine(new Problem("", "The arguments should be an object.")))
                .isEqualTo("The arguments should be an object.");
        List<Problem> many = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            many.add(new Problem("/p" + i, "wrong."));
        }
        String tooltip = CheckTexts.tooltip(
                new ToolCallCheck(ToolCallCheck.Status.SCHEMA_MISMATCH, many, Checks.BASIS, Optional.empty()), null);
        assertThat(tooltip.lines())
                .hasSize(1 + CheckTexts.TOOLTIP_PROBLEMS + 1)
                .last()
                .isEqualTo("… and 2 more");
    }

    @Test
    void onlyAWebhookTakingSeveralPartsGetsALocationColumn() {
        assertThat(CheckTexts.showsLocation(Checks.bookAppointment())).isTrue();
        assertThat(CheckTexts.showsLocation(Checks.checkAvailability()))
                .as("all in the body")
                .isFalse();
        ToolSpec transfer = Checks.transferOk().definition().orElseThrow();
        assertThat(CheckTexts.showsLocation(transfer)).isFalse();
        assertThat(CheckTexts.definitionSummary(transfer)).isEqualTo("transfer · 1 parameter");
    }

    private static String text(String text, TextMarks.Range range) {
        return text.substring(range.start(), range.end());
    }
}
