package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;

import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.testing.Checks;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks for the demo's appointment booking, set on its cards in a window as the checker would set them: the
 * availability check is fine, the booking has two problems, DTMF is an unknown function, hangup has no definition.
 */
final class BookingChecks {

    /** The check each call of the booking gets, by function name. */
    static final Map<String, ToolCallCheck> CHECKS = Map.of(
            "check_availability", Checks.ok(),
            "book_appointment", Checks.twoProblems(),
            "send_dtmf", Checks.unknownFunction("send_dtmf"),
            "hangup", Checks.noDefinition());

    private BookingChecks() {}

    /** Every tool card of the loaded conversation, in order. */
    static List<ToolCallCardViewModel> cards(WindowFixture window) throws Exception {
        return onFx(() -> {
            List<ToolCallCardViewModel> cards = new ArrayList<>();
            for (TranscriptRow row : window.transcript().rows()) {
                if (row instanceof TranscriptRow.MessageRow message) {
                    cards.addAll(message.bubble().toolCards());
                }
            }
            return cards;
        });
    }

    /** Sets each card's check, as the checks arrive after the bubbles. */
    static void apply(WindowFixture window) throws Exception {
        List<ToolCallCardViewModel> cards = cards(window);
        onFx(() -> cards.forEach(card -> card.setCheck(CHECKS.get(card.functionName()))));
    }

    /** The row of the first message calling {@code function}. */
    static int rowOf(WindowFixture window, String function) throws Exception {
        return window.firstRowOf(message -> message.toolCalls().stream()
                .anyMatch(call -> call.functionName().equals(function)));
    }

    static ToolCallCardViewModel card(WindowFixture window, String function) throws Exception {
        return cards(window).stream()
                .filter(card -> card.functionName().equals(function))
                .findFirst()
                .orElseThrow();
    }
}
