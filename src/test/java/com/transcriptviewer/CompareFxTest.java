package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.compare.ComparisonRow;
import com.transcriptviewer.compare.view.CompareViewModel;
import com.transcriptviewer.compare.view.CompareWindow;
import com.transcriptviewer.conversations.RecentConversation;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.testing.ContextMenus;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The comparison in the real window on the demo server: opened from the browser, the recent list and by id. */
class CompareFxTest extends WindowTest {

    private static boolean ready(CompareViewModel compare) {
        return compare.stateProperty().get() == CompareViewModel.State.READY;
    }

    private static String text(CompareWindow window, String selector) {
        return ((Label) window.root().lookup(selector)).getText();
    }

    @Test
    void theBrowsersContextMenuComparesAndAltArrowsWalkTheDifferences(FxRobot robot) throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.ORDER_OLD_VERSION_ID);
        window.awaitFirstPage();
        @SuppressWarnings("unchecked")
        ListView<Conversation> browser = robot.lookup("#conversation-list").queryAs(ListView.class);
        waitUntil(() -> browser.getItems().stream().anyMatch(c -> c.id().equals(DemoData.ORDER_NEW_VERSION_ID)));
        Conversation other = onFx(() -> browser.getItems().stream()
                .filter(c -> c.id().equals(DemoData.ORDER_NEW_VERSION_ID))
                .findFirst()
                .orElseThrow());
        onFx(() -> {
            browser.getSelectionModel().select(other);
            browser.scrollTo(other);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup(".list-cell")
                .match((ListCell<?> cell) -> cell.getItem() == other)
                .query();

        ContextMenus.open(robot, row);
        robot.clickOn("Compare with the open conversation");

        CompareViewModel compare = window.desktop().compare();
        CompareWindow compareWindow = window.desktop().compareWindow();
        waitUntil(() -> ready(compare));
        assertThat(window.transcript().conversationIdProperty().get())
                .as("the transcript keeps the open conversation")
                .isEqualTo(DemoData.ORDER_OLD_VERSION_ID);
        assertThat(onFx(() -> compareWindow.stage().isShowing())).isTrue();
        assertThat(onFx(() -> text(compareWindow, "#compare-summary")))
                .isEqualTo("1 call aligned · 1 only left · 1 only right · 1 with different arguments");
        assertThat(compare.leftTitleProperty().get()).isEqualTo("Order A-11520 - Spring launch version");
        assertThat(compare.rightTitleProperty().get()).isEqualTo("Order A-11520 - Order lookup by id version");
        assertThat(compare.leftBasisProperty().get()).startsWith("Checked against");
        assertThat(compare.rows())
                .filteredOn(ComparisonRow.AlignedCall.class::isInstance)
                .map(r -> ((ComparisonRow.AlignedCall) r).verdict())
                .containsExactly("1 argument differs", "Only left", "Only right");
        // Both sides' calls were checked against their own version: all ok.
        assertThat(compare.rows())
                .filteredOn(ComparisonRow.AlignedCall.class::isInstance)
                .map(r -> (ComparisonRow.AlignedCall) r)
                .allSatisfy(call -> {
                    call.leftCheck()
                            .ifPresent(c -> assertThat(c.status().wireName()).isEqualTo("ok"));
                    call.rightCheck()
                            .ifPresent(c -> assertThat(c.status().wireName()).isEqualTo("ok"));
                });
        waitUntil(() -> !compareWindow.root().lookupAll(".pair.only-left").isEmpty()
                && !compareWindow.root().lookupAll(".pair.only-right").isEmpty()
                && !compareWindow.root().lookupAll(".change-kind.renamed").isEmpty());

        ListView<ComparisonRow> rows = compareWindow.list();
        onFx(() -> {
            compareWindow.stage().requestFocus();
            rows.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        int first = compare.comparisonProperty().get().differences().get(0);
        int second = compare.comparisonProperty().get().differences().get(1);

        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        waitUntil(() -> rows.getSelectionModel().getSelectedIndex() == first);
        assertThat(compare.positionProperty().get()).isEqualTo("Difference 1 of 3");
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        waitUntil(() -> rows.getSelectionModel().getSelectedIndex() == second);
        assertThat(compare.positionProperty().get()).isEqualTo("Difference 2 of 3");
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        waitUntil(() -> rows.getSelectionModel().getSelectedIndex() == first);
        assertThat(onFx(() -> text(compareWindow, ".compare-position"))).isEqualTo("Difference 1 of 3");

        // The messages between calls are folded to one line and open with a click.
        onFx(() -> rows.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(compareWindow.root().lookupAll(".folded-message")).isEmpty();
        Button fold = (Button) compareWindow.root().lookup(".folded-toggle");
        assertThat(fold.getText()).isEqualTo("1 message left · 1 right between calls");
        robot.clickOn(fold);
        waitUntil(() -> compareWindow.root().lookupAll(".folded-message").stream()
                .anyMatch(n -> ((Label) n).getText().startsWith("Hi, where is my order A-11520?")));

        // The comparison's window closes with the main window (so the app ends with it).
        onFx(() -> window.stage().hide());
        assertThat(onFx(() -> compareWindow.stage().isShowing())).isFalse();
    }

    @Test
    void theRecentListAndTheIdBoxCompareAndAnUnknownIdSaysSoInPlainWords(FxRobot robot) throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.BILL_NEW_VERSION_ID);
        window.awaitFirstPage();
        // The other side was opened before, so it is in the recent list.
        onFx(() -> window.desktop().mainViewModel().recents().opened(DemoData.BILL_OLD_VERSION_ID, "Billing v2"));
        @SuppressWarnings("unchecked")
        ListView<RecentConversation> recent = robot.lookup("#recent-list").queryAs(ListView.class);
        RecentConversation older = onFx(() -> recent.getItems().stream()
                .filter(r -> r.id().equals(DemoData.BILL_OLD_VERSION_ID))
                .findFirst()
                .orElseThrow());
        onFx(() -> recent.getSelectionModel().select(older));
        MenuItem fromRecent = recent.getContextMenu().getItems().get(0);
        assertThat(fromRecent.getText()).isEqualTo("Compare with the open conversation");
        onFx(fromRecent::fire);

        CompareViewModel compare = window.desktop().compare();
        waitUntil(() -> ready(compare));
        assertThat(compare.summaryProperty().get())
                .isEqualTo("0 calls aligned · 2 only left · 1 only right · 0 with different arguments");
        assertThat(compare.rightTitleProperty().get()).isEqualTo("April bill dispute - Billing v2");

        // File > Compare with… focuses the window's id box; an id that does not exist fails in plain words.
        MenuBar bar = robot.lookup(".main-menu").queryAs(MenuBar.class);
        Menu file = bar.getMenus().get(0);
        MenuItem compareWith = file.getItems().stream()
                .filter(i -> "menu-compare-with".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        onFx(compareWith::fire);
        CompareWindow compareWindow = window.desktop().compareWindow();
        onFx(() -> {
            compareWindow.idBox().setText("https://portal.example/ai/00000000-0000-4000-8000-000000000000?tab=x");
            compareWindow.idBox().fireEvent(new javafx.event.ActionEvent());
        });
        waitUntil(() -> compare.stateProperty().get() == CompareViewModel.State.FAILED);
        assertThat(compare.errorProperty().get())
                .startsWith("Could not load conversation 00000000-0000-4000-8000-000000000000: ")
                .doesNotContain("Exception");
        assertThat(onFx(() -> text(compareWindow, "#compare-error")))
                .isEqualTo(compare.errorProperty().get());

        onFx(() -> {
            compareWindow.idBox().setText(DemoData.BILL_OLD_VERSION_ID);
            compareWindow.idBox().fireEvent(new javafx.event.ActionEvent());
        });
        waitUntil(() -> ready(compare));
    }
}
