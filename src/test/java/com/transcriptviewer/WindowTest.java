package com.transcriptviewer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Tests that drive the real main window: one stage per test, a home folder of its own, and every window (or server)
 * the test opens closed after it.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {

    @TempDir
    Path home;

    Stage stage;
    /** Closed after each test, in the order they were added. */
    final List<AutoCloseable> open = new ArrayList<>();

    /**
     * The stage TestFX set up for this test (its extension runs before this). TestFX calls {@code @Start} methods of
     * the test class itself only, so a shared base reads the registered stage instead.
     */
    @BeforeEach
    void takeStage() {
        stage = FxToolkit.toolkitContext().getRegisteredStage();
    }

    @AfterEach
    void closeWindows() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    /**
     * The window on the demo server, started with {@code args}; closed after the test. The library does not fetch the
     * rest of what is opened in the background here: these tests count the transcript's own page requests
     * ({@code LibraryWindowFxTest} tests that fetching).
     */
    WindowFixture demoWindow(String... args) throws Exception {
        WindowFixture.libraryFetchesRest(home, false);
        WindowFixture window = WindowFixture.demo(stage, home, args);
        open.add(window);
        return window;
    }
}
