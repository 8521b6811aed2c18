package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.compare.ComparisonFormat;
import com.transcriptviewer.compare.view.CompareViewModel;
import com.transcriptviewer.compare.view.CompareWindow;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.library.view.LibraryViewModel;
import com.transcriptviewer.library.view.LibraryWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * Privacy mode in the windows beside the main one: the comparison (both sides, its exports) and the library's search
 * results, masked while the mode is on and shown again as it is switched.
 */
class PrivacyWindowsFxTest extends WindowTest {

    /** Billing v3 transfers the caller to this number; v2 has no such call. */
    private static final String TRANSFER_NUMBER = "+13125550123";

    private static final String EMAIL = "jordan.lee@example.com";

    private static void privacy(WindowFixture window, boolean on) throws Exception {
        onFx(() -> window.desktop().privacy().onProperty().set(on));
        waitUntil(() -> window.transcript().mask().get().isActive() == on);
    }

    /** On the FX thread: what the comparison's rows show of the calls' arguments. */
    private static List<String> arguments(CompareWindow window) {
        return window.list().lookupAll(".side-arguments").stream()
                .filter(Node::isVisible)
                .map(node -> ((Label) node).getText())
                .toList();
    }

    @Test
    void theComparisonShowsAndExportsBothSidesMaskedAndFollowsTheMode() throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.BILL_NEW_VERSION_ID);
        window.awaitFirstPage();
        waitUntil(() -> window.desktop().privacy() != null && window.desktop().compare() != null);
        CompareViewModel compare = window.desktop().compare();
        CompareWindow compareWindow = window.desktop().compareWindow();
        privacy(window, true);

        onFx(() -> compare.compareWith(DemoData.BILL_OLD_VERSION_ID));
        waitUntil(() -> compare.stateProperty().get() == CompareViewModel.State.READY);
        waitUntil(() -> arguments(compareWindow).stream().anyMatch(text -> text.contains("Billing")));
        assertThat(onFx(() -> arguments(compareWindow)))
                .noneMatch(text -> text.contains("5550123"))
                .anyMatch(text -> text.contains("\"to\": \"+1312•••••23\""));

        Path markdown = home.resolve("compare.md");
        Path html = home.resolve("compare.html");
        onFx(() -> compare.export(ComparisonFormat.MARKDOWN, markdown));
        waitUntil(() -> compare.exportStatusProperty().get().startsWith("Exported"));
        onFx(() -> compare.export(ComparisonFormat.HTML, html));
        waitUntil(() -> compare.exportStatusProperty().get().equals("Exported to " + html + "."));
        assertThat(Files.readString(markdown)).doesNotContain("5550123").contains("+1312•••••23");
        assertThat(Files.readString(html)).doesNotContain("5550123").contains("+1312•••••23");

        // Switched while the comparison is open: it follows.
        privacy(window, false);
        waitUntil(() -> arguments(compareWindow).stream().anyMatch(text -> text.contains(TRANSFER_NUMBER)));
        Path plain = home.resolve("compare-plain.md");
        onFx(() -> compare.export(ComparisonFormat.MARKDOWN, plain));
        waitUntil(() -> compare.exportStatusProperty().get().equals("Exported to " + plain + "."));
        assertThat(Files.readString(plain)).contains(TRANSFER_NUMBER);

        privacy(window, true);
        waitUntil(() -> arguments(compareWindow).stream().noneMatch(text -> text.contains("5550123")));
    }

    /** On the FX thread: every text the library's results show (names, places, snippets). */
    private static String results(LibraryWindow window) {
        StringBuilder all = new StringBuilder();
        for (Node node : window.results().lookupAll(".text")) {
            if (node instanceof Text text && text.getText() != null) {
                all.append(text.getText()).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void theLibrarysResultsShowTheirSnippetsMasked() throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.PASSWORD_RESET_ID);
        window.awaitFirstPage();
        LibraryViewModel library = window.desktop().libraryModel();
        waitUntil(() -> library.keptStatusProperty().get().equals("Kept in the library"));
        waitUntil(() -> window.desktop().privacy() != null);
        LibraryWindow libraryWindow = onFx(() -> window.desktop().showLibrary());
        onFx(() -> {
            library.queryProperty().set("reset link");
            library.search();
        });
        waitUntil(() -> !library.results().isEmpty());
        waitUntil(() -> results(libraryWindow).contains(EMAIL));

        privacy(window, true);
        waitUntil(() -> results(libraryWindow).contains("j•••••.•••@example.com"));
        assertThat(onFx(() -> results(libraryWindow))).doesNotContain(EMAIL).contains("reset");

        privacy(window, false);
        waitUntil(() -> results(libraryWindow).contains(EMAIL));
    }
}
