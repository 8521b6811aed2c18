package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static com.transcriptviewer.testing.Nodes.shown;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.text.SilenceGap;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.bubble.MessageBubble;
import com.transcriptviewer.transcript.filter.FunctionCount;
import com.transcriptviewer.transcript.filter.TranscriptFilterViewModel;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Filters, navigation keys and silence markers in the whole window on the demo server. */
class FilterNavigationFxTest extends WindowTest {

    private WindowFixture window(String conversationId) throws Exception {
        WindowFixture window = demoWindow("--conversation", conversationId);
        window.awaitFirstPage();
        return window;
    }

    private static TranscriptRow.MessageRow selected(WindowFixture window) throws Exception {
        return onFx(() -> selectedNow(window));
    }

    /** The selected message row, read on the FX thread (inside {@code waitUntil}). */
    private static TranscriptRow.MessageRow selectedNow(WindowFixture window) {
        return window.list().getSelectionModel().getSelectedItem() instanceof TranscriptRow.MessageRow row ? row : null;
    }

    private static boolean onScreen(WindowFixture window, TranscriptRow.MessageRow row) throws Exception {
        return window.visibleBubbles().stream().anyMatch(bubble -> bubble.getViewModel() == row.bubble());
    }

    private static TranscriptFilterViewModel filters(WindowFixture window) {
        return window.desktop().transcriptFilters();
    }

    private static CheckComboBox<?> functionList(FxRobot robot) {
        return robot.lookup("#filter-functions").queryAs(CheckComboBox.class);
    }

    /** What the function list shows on its face, as drawn (cut off, it would end in an ellipsis). */
    private static String functionTitle(CheckComboBox<?> functions) throws Exception {
        return onFx(() -> functions.lookupAll(".list-cell").stream()
                .filter(cell -> shown(cell))
                .map(cell -> drawnText((Labeled) cell))
                .findFirst()
                .orElseThrow());
    }

    /** The label's own text as drawn (not a text inside its graphic, as the check box of a row). */
    private static String drawnText(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream()
                .filter(Text.class::isInstance)
                .map(text -> ((Text) text).getText())
                .findFirst()
                .orElseThrow();
    }

    /** The function list's open popup row for {@code name}, as "name (count)"; fails when the popup is not open. */
    private static ListCell<?> functionRow(FxRobot robot, WindowFixture window, String name) throws Exception {
        String label = onFx(() -> filters(window).functionCounts().stream()
                .filter(count -> count.name().equals(name))
                .map(FunctionCount::label)
                .findFirst()
                .orElseThrow());
        return robot.lookup(".check-box-list-cell")
                .match((ListCell<?> cell) -> label.equals(cell.getText()) && shown(cell))
                .queryAs(ListCell.class);
    }

    @Test
    void f8SelectsTheNextToolCallAndShiftF8ThePreviousOne(FxRobot robot) throws Exception {
        WindowFixture window = window(DemoData.STRESS_TEST_ID);
        onFx(() -> {
            window.list().getSelectionModel().select(0);
            window.list().requestFocus();
        });

        robot.type(KeyCode.F8);
        waitUntil(() -> selectedNow(window) != null && selectedNow(window).index() == 3);
        assertThat(selected(window).message().hasToolCalls()).isTrue();
        assertThat(onScreen(window, selected(window))).isTrue();

        robot.type(KeyCode.F8);
        waitUntil(() -> selectedNow(window).index() == 7);
        assertThat(selected(window).message().toolCalls()).hasSize(2);

        robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
        waitUntil(() -> selectedNow(window).index() == 3);
        assertThat(onScreen(window, selected(window))).isTrue();

        // From the last message of the first page, the next call is on the next page.
        onFx(() -> window.list().getSelectionModel().select(99));
        robot.clickOn("#nav-next-tool-call");
        waitUntil(() -> selectedNow(window).index() == 103);
        assertThat(onScreen(window, selected(window))).isTrue();
    }

    @Test
    void f9SelectsTheNextCallWithAProblemAndShiftF9ThePreviousOne(FxRobot robot) throws Exception {
        WindowFixture window = window(DemoData.APPOINTMENT_BOOKING_ID);
        BookingChecks.apply(window);
        int booking = BookingChecks.rowOf(window, "book_appointment");
        int dtmf = BookingChecks.rowOf(window, "send_dtmf");
        onFx(() -> {
            window.list().getSelectionModel().select(0);
            window.list().requestFocus();
        });

        robot.type(KeyCode.F9);
        waitUntil(() -> selectedNow(window).index() == booking);
        assertThat(onScreen(window, selected(window))).isTrue();

        robot.type(KeyCode.F9);
        waitUntil(() -> selectedNow(window).index() == dtmf);

        // Hangup has no definition, which is no problem: there is none after the DTMF call.
        robot.type(KeyCode.F9);
        Label navigationMessage = robot.lookup("#navigation-message").queryAs(Label.class);
        waitUntil(() -> "No call with a problem after this message.".equals(navigationMessage.getText())
                && shown(navigationMessage));
        assertThat(selected(window).index()).isEqualTo(dtmf);

        robot.press(KeyCode.SHIFT).type(KeyCode.F9).release(KeyCode.SHIFT);
        waitUntil(() -> selectedNow(window).index() == booking);

        robot.clickOn("#nav-next-problem");
        waitUntil(() -> selectedNow(window).index() == dtmf);
        robot.clickOn("#nav-previous-problem");
        waitUntil(() -> selectedNow(window).index() == booking);
    }

    @Test
    void theProblemsFilterShowsTheCallsWithProblemsAndTheirResults(FxRobot robot) throws Exception {
        WindowFixture window = window(DemoData.APPOINTMENT_BOOKING_ID);
        BookingChecks.apply(window);
        robot.clickOn("#filter-calls-with-problems");
        waitUntil(() -> filters(window).shownMessagesProperty().get() == 4);
        assertThat(window.visibleBubbles())
                .extracting(bubble -> bubble.getViewModel().isToolResult()
                        ? bubble.getViewModel().answeredCall().functionName()
                        : bubble.getViewModel().toolCards().get(0).functionName())
                .containsExactly("book_appointment", "book_appointment", "send_dtmf", "send_dtmf");
        assertThat(robot.lookup("#filter-shown").queryAs(Label.class).getText()).isEqualTo("Showing 4 of 20 loaded");
        assertThat(onFx(() -> shown(robot.lookup("#filter-shown").queryAs(Label.class))))
                .isTrue();
        assertThat(window.visibleBubbles()
                        .get(0)
                        .getCards()
                        .get(0)
                        .getCheckBadge()
                        .getText())
                .isEqualTo("2 problems");
    }

    @Test
    void aRoleFilterHidesTheRightBubblesWhilePagingCarriesOn(FxRobot robot) throws Exception {
        WindowFixture window = window(DemoData.SMS_CHAT_ID);
        robot.clickOn("#filter-role-assistant");
        waitUntil(() -> filters(window).activeProperty().get());

        List<MessageBubble> bubbles = window.visibleBubbles();
        assertThat(bubbles).isNotEmpty();
        assertThat(bubbles)
                .allSatisfy(bubble ->
                        assertThat(bubble.getViewModel().message().role()).isEqualTo(Role.USER));

        window.scrollToCompleteEnd();
        assertThat(window.pagesRequested(DemoData.SMS_CHAT_ID)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        long users = window.loadedMessages().stream()
                .filter(m -> m.role() == Role.USER)
                .count();
        assertThat(onFx(() -> window.list().getItems().size())).isEqualTo((int) users + 1);
        assertThat(onFx(() ->
                        window.list().getItems().get(window.list().getItems().size() - 1)))
                .isInstanceOf(TranscriptRow.EndRow.class);
        assertThat(robot.lookup("#filter-shown").queryAs(Label.class).getText())
                .isEqualTo("Showing " + String.format("%,d", users) + " of 1,200 loaded");

        robot.clickOn("#filter-clear");
        waitUntil(() -> window.list().getItems().size() == 1_201);
    }

    @Test
    void aFilterThatHidesEverythingStillPagesToTheEnd(FxRobot robot) throws Exception {
        WindowFixture window = window(DemoData.SMS_CHAT_ID);
        // The SMS chat has no tool calls: nothing is left to scroll, yet the rest of it must arrive.
        robot.clickOn("#filter-tool-calls-only");
        waitUntil(() -> window.transcript().stateProperty().get() == TranscriptState.COMPLETE, 60);

        assertThat(window.loadedMessages()).hasSize(1_200);
        assertThat(onFx(() -> List.copyOf(window.list().getItems())))
                .singleElement()
                .isInstanceOf(TranscriptRow.EndRow.class);
        assertThat(robot.lookup("#filter-shown").queryAs(Label.class).getText()).isEqualTo("Showing 0 of 1,200 loaded");
        CheckComboBox<?> functions = functionList(robot);
        assertThat(functionTitle(functions)).isEqualTo("Functions");
        robot.clickOn(functions);
        Label none = robot.lookup(".combo-box-popup .placeholder .label").queryAs(Label.class);
        assertThat(onFx(() -> shown(none) && none.getScene().getWindow().isShowing()))
                .isTrue();
        assertThat(none.getText()).isEqualTo("No tool calls loaded");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theFunctionListStaysOpenWhileTwoFunctionsAreCheckedAndShowsCallsOfBoth(FxRobot robot) throws Exception {
        WindowFixture window = window(DemoData.APPOINTMENT_BOOKING_ID);
        waitUntil(() -> window.transcript().stateProperty().get() == TranscriptState.COMPLETE);
        CheckComboBox<?> functions = functionList(robot);
        assertThat(functionTitle(functions)).isEqualTo("Functions");

        robot.clickOn(functions);
        ListCell<?> check = functionRow(robot, window, "check_availability");
        assertThat(onFx(() -> drawnText(check)))
                .as("the open list is as wide as its rows")
                .isEqualTo(check.getText());
        robot.clickOn(check);
        ListCell<?> book = functionRow(robot, window, "book_appointment");
        assertThat(onFx(() -> shown(book) && book.getScene().getWindow().isShowing()))
                .as("the list is still open after the first check")
                .isTrue();
        robot.clickOn(book);
        assertThat(onFx(() -> book.getScene().getWindow().isShowing()))
                .as("and after the second")
                .isTrue();
        waitUntil(() -> filters(window).selectedFunctions().size() == 2);
        assertThat(filters(window).selectedFunctions()).containsExactly("book_appointment", "check_availability");
        assertThat(functionTitle(functions)).isEqualTo("Functions (2)");

        Set<String> chosen = Set.of("book_appointment", "check_availability");
        List<MessageBubble> bubbles = window.visibleBubbles();
        assertThat(bubbles)
                .anySatisfy(bubble -> assertThat(bubble.getViewModel().message().toolCalls())
                        .anySatisfy(call -> assertThat(call.functionName()).isEqualTo("book_appointment")))
                .anySatisfy(bubble -> assertThat(bubble.getViewModel().message().toolCalls())
                        .anySatisfy(call -> assertThat(call.functionName()).isEqualTo("check_availability")))
                .allSatisfy(bubble -> {
                    Message message = bubble.getViewModel().message();
                    if (message.hasToolCalls()) {
                        assertThat(message.toolCalls())
                                .anySatisfy(call -> assertThat(chosen).contains(call.functionName()));
                    } else {
                        assertThat(message.role().kind()).isEqualTo(Role.Kind.TOOL);
                        assertThat(chosen)
                                .contains(bubble.getViewModel().answeredCall().functionName());
                    }
                });

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !book.getScene().getWindow().isShowing());
        robot.clickOn("#filter-clear");
        waitUntil(() -> filters(window).selectedFunctions().isEmpty());
        assertThat(functionTitle(functions)).isEqualTo("Functions");
        assertThat(onFx(() -> functions.getCheckModel().getCheckedIndices().size()))
                .isZero();

        // From the keyboard: Space opens the list, an arrow key moves in it and Space checks, Esc closes it.
        onFx(functions::requestFocus);
        robot.type(KeyCode.SPACE);
        waitUntil(() -> book.getScene().getWindow().isShowing());
        robot.type(KeyCode.DOWN).type(KeyCode.SPACE);
        waitUntil(() -> filters(window).selectedFunctions().size() == 1);
        assertThat(functionTitle(functions)).isEqualTo("Functions (1)");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !book.getScene().getWindow().isShowing());
    }

    @Test
    void ctrlEndLoadsEverythingAndSelectsTheLastMessage(FxRobot robot) throws Exception {
        WindowFixture window = window(DemoData.SMS_CHAT_ID);
        onFx(() -> window.list().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        waitUntil(() -> selectedNow(window) != null && selectedNow(window).index() == 1_199, 60);
        assertThat(window.transcript().stateProperty().get()).isEqualTo(TranscriptState.COMPLETE);
        assertThat(onScreen(window, selected(window))).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
        waitUntil(() -> selectedNow(window).index() == 0);
    }

    @Test
    void ctrlGGoesToTheFirstMessageAtOrAfterATimeAndExplainsABadEntry(FxRobot robot) throws Exception {
        WindowFixture window = window(DemoData.APPOINTMENT_BOOKING_ID);
        onFx(() -> window.list().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        TextField field = robot.lookup("#go-to-time-field").queryAs(TextField.class);
        waitUntil(field::isFocused);

        robot.write("1:75").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#navigation-message").queryAs(Label.class).getText())
                .isEqualTo("Seconds go up to 59 (75 given).");
        assertThat(onFx(() -> shown(field))).isTrue();

        onFx(field::clear);
        robot.write("0:30").type(KeyCode.ENTER);
        waitUntil(() -> selectedNow(window) != null);

        List<Message> messages = window.loadedMessages();
        int index = selected(window).index();
        Duration offset = Duration.between(
                messages.get(0).displayTime(), messages.get(index).displayTime());
        Duration before = Duration.between(
                messages.get(0).displayTime(), messages.get(index - 1).displayTime());
        assertThat(offset).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(before).isLessThan(Duration.ofSeconds(30));
        assertThat(onScreen(window, selected(window))).isTrue();
        assertThat(onFx(() -> shown(field))).isFalse();
    }

    @Test
    void silenceMarkersFollowTheThreshold() throws Exception {
        WindowFixture window = window(DemoData.STRESS_TEST_ID);
        List<MessageBubble> bubbles = window.visibleBubbles();
        assertThat(bubbles)
                .anySatisfy(bubble -> assertThat(bubble.getSilenceText()).isNotEmpty());
        for (MessageBubble bubble : bubbles) {
            assertThat(bubble.getSilenceText())
                    .isEqualTo(SilenceGap.marker(bubble.getViewModel().silenceBefore(), 5));
        }

        onFx(() -> window.transcript().silenceThresholdSecondsProperty().set(60));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.visibleBubbles())
                .allSatisfy(bubble -> assertThat(bubble.getSilenceText()).isEmpty());

        onFx(() -> window.transcript().silenceThresholdSecondsProperty().set(20));
        WaitForAsyncUtils.waitForFxEvents();
        for (MessageBubble bubble : window.visibleBubbles()) {
            Duration gap = bubble.getViewModel().silenceBefore();
            assertThat(bubble.getSilenceText())
                    .isEqualTo(gap != null && gap.getSeconds() >= 20 ? SilenceGap.describe(gap) : "");
        }
    }
}
