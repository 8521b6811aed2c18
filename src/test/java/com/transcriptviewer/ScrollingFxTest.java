package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.bubble.MessageBubble;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.IndexedCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Scrolling the transcript in the real window: the wheel's step, and messages that keys bring on screen whole. */
class ScrollingFxTest extends WindowTest {

    private WindowFixture window(String conversationId) throws Exception {
        WindowFixture window = demoWindow("--conversation", conversationId);
        window.awaitFirstPage();
        return window;
    }

    /** A line of the rows' text: the height of a line of text in a cell's font, as a label lays it out. */
    private static double lineHeight(WindowFixture window) throws Exception {
        return onFx(() -> {
            Font font = window.flow().getFirstVisibleCell().getFont();
            Text line = new Text("Ag");
            line.setFont(font);
            line.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
            return line.getLayoutBounds().getHeight();
        });
    }

    /** Where row {@code index} starts, in the list's viewport (negative: above its top edge). */
    private static double topOf(WindowFixture window, int index) throws Exception {
        return onFx(() -> {
            IndexedCell<?> cell = window.flow().getVisibleCell(index);
            return window.flow()
                    .sceneToLocal(cell.localToScene(cell.getLayoutBounds()))
                    .getMinY();
        });
    }

    /**
     * A wheel event over the middle of the list as the platform sends it: {@code notches} notches of {@code
     * multiplier} pixels each (JavaFX's 40 for a wheel), also counted as three lines a notch.
     */
    private static void wheel(WindowFixture window, double notches, double multiplier, boolean inertia)
            throws Exception {
        onFx(() -> {
            Bounds list = window.list().localToScene(window.list().getLayoutBounds());
            Point2D screen = window.list().localToScreen(list.getWidth() / 2, list.getHeight() / 2);
            var target = window.flow()
                    .getVisibleCell(window.flow().getFirstVisibleCell().getIndex() + 1);
            ScrollEvent event = new ScrollEvent(
                    ScrollEvent.SCROLL,
                    list.getCenterX(),
                    list.getCenterY(),
                    screen.getX(),
                    screen.getY(),
                    false,
                    false,
                    false,
                    false,
                    false,
                    inertia,
                    0,
                    -notches * multiplier,
                    0,
                    -notches * multiplier,
                    multiplier,
                    multiplier,
                    ScrollEvent.HorizontalTextScrollUnits.NONE,
                    0,
                    ScrollEvent.VerticalTextScrollUnits.LINES,
                    -notches * 3,
                    0,
                    new PickResult(target, list.getCenterX(), list.getCenterY()));
            Event.fireEvent(target, event);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Pixels the list moved for {@code notches} of the wheel. */
    private static double scrolledBy(WindowFixture window, double notches, double multiplier, boolean inertia)
            throws Exception {
        int row = onFx(() -> window.flow().getFirstVisibleCell().getIndex() + 2);
        double before = topOf(window, row);
        wheel(window, notches, multiplier, inertia);
        return before - topOf(window, row);
    }

    @Test
    void aWheelNotchScrollsThreeLinesOfTextAndATouchpadInProportion() throws Exception {
        WindowFixture window = window(DemoData.STRESS_TEST_ID);
        double line = lineHeight(window);
        assertThat(line).as("a line of body text").isBetween(12.0, 30.0);

        assertThat(scrolledBy(window, 1, 40, false)).isCloseTo(3 * line, within(1.5));
        assertThat(scrolledBy(window, 2, 40, false)).as("two notches").isCloseTo(6 * line, within(1.5));
        assertThat(scrolledBy(window, -1, 40, false)).as("and back up").isCloseTo(-3 * line, within(1.5));
        // A touchpad sends a fraction of a notch per event, and more as its inertia fades out.
        assertThat(scrolledBy(window, 0.25, 40, false))
                .as("a touchpad's quarter notch")
                .isCloseTo(0.75 * line, within(1.0));
        assertThat(scrolledBy(window, 0.1, 40, true))
                .as("inertia in proportion too")
                .isCloseTo(0.3 * line, within(1.0));
        // A platform that counts a notch in other pixels (a multiplier of 1) gets the same three lines.
        assertThat(scrolledBy(window, 1, 1, false)).isCloseTo(3 * line, within(1.5));
    }

    /** True when message {@code messageIndex}'s bubble lies wholly inside the list's viewport. */
    private static boolean shownWhole(WindowFixture window, int messageIndex) {
        for (IndexedCell<?> cell = window.flow().getFirstVisibleCell();
                cell != null
                        && cell.getIndex() <= window.flow().getLastVisibleCell().getIndex();
                cell = window.flow().getVisibleCell(cell.getIndex() + 1)) {
            if (cell.getGraphic() instanceof MessageBubble bubble
                    && bubble.getViewModel() != null
                    && bubble.getViewModel().message()
                            == window.transcript().messages().get(messageIndex)) {
                Bounds inFlow = window.flow()
                        .sceneToLocal(bubble.getBubble()
                                .localToScene(bubble.getBubble().getLayoutBounds()));
                Bounds cellInFlow = window.flow().sceneToLocal(cell.localToScene(cell.getLayoutBounds()));
                return inFlow.getMinY() >= -0.5
                        && inFlow.getMaxY() <= window.flow().getHeight() + 0.5
                        && inFlow.getMaxY() <= cellInFlow.getMaxY() + 0.5;
            }
        }
        return false;
    }

    private static int selectedMessage(WindowFixture window) {
        return window.list().getSelectionModel().getSelectedItem() instanceof TranscriptRow.MessageRow row
                ? row.index()
                : -1;
    }

    @Test
    void ctrlEndAndEndShowTheLastMessageWhole(FxRobot robot) throws Exception {
        WindowFixture window = window(DemoData.SMS_CHAT_ID);
        onFx(() -> window.list().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        waitUntil(() -> selectedMessage(window) == 1_199, 60);
        waitUntil(() -> shownWhole(window, 1_199));
        // Still whole once every pulse that may correct the position has run.
        for (int pass = 0; pass < 4; pass++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(onFx(() -> shownWhole(window, 1_199))).isTrue();

        onFx(() -> window.list().scrollTo(0));
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> shownWhole(window, 1_199))).as("End").isTrue();
    }

    @Test
    void f8AndGoToTimeShowTheMessageTheySelectWhole(FxRobot robot) throws Exception {
        WindowFixture window = window(DemoData.QA_EDGE_CASES_ID);
        onFx(() -> window.list().requestFocus());
        for (int call = 0; call < 4; call++) {
            int before = onFx(() -> selectedMessage(window));
            robot.type(KeyCode.F8);
            waitUntil(() -> selectedMessage(window) != before);
            int selected = onFx(() -> selectedMessage(window));
            waitUntil(() -> shownWhole(window, selected) || tallerThanTheList(window, selected));
        }

        window.open(DemoData.APPOINTMENT_BOOKING_ID);
        onFx(() -> window.list().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        robot.write("0:45").type(KeyCode.ENTER);
        waitUntil(() -> selectedMessage(window) > 0);
        int selected = onFx(() -> selectedMessage(window));
        waitUntil(() -> shownWhole(window, selected));
    }

    /** A message taller than the list shows from its top edge instead. */
    private static boolean tallerThanTheList(WindowFixture window, int messageIndex) {
        IndexedCell<?> first = window.flow().getFirstVisibleCell();
        if (first.getGraphic() instanceof MessageBubble bubble
                && bubble.getViewModel() != null
                && bubble.getViewModel().message()
                        == window.transcript().messages().get(messageIndex)) {
            Bounds inFlow = window.flow()
                    .sceneToLocal(
                            bubble.getBubble().localToScene(bubble.getBubble().getLayoutBounds()));
            return inFlow.getHeight() > window.flow().getHeight() && Math.abs(inFlow.getMinY()) <= 30;
        }
        return false;
    }
}
