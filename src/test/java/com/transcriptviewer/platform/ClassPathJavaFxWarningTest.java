package com.transcriptviewer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** JavaFX's warning about its class-path start is dropped; everything else it logs still reaches the handlers. */
class ClassPathJavaFxWarningTest {

    @Test
    void onlyTheClassPathWarningIsDropped() {
        Logger javafx = Logger.getLogger(ClassPathJavaFxWarning.LOGGER);
        List<String> published = new ArrayList<>();
        Handler recording = new Handler() {
            @Override
            public void publish(LogRecord record) {
                published.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        javafx.addHandler(recording);
        try {
            ClassPathJavaFxWarning.hide();
            ClassPathJavaFxWarning.hide();
            // As JavaFX logs: through System.Logger, which java.util.logging serves.
            System.Logger platform = System.getLogger(ClassPathJavaFxWarning.LOGGER);
            platform.log(
                    System.Logger.Level.WARNING,
                    "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @69eee410'");
            platform.log(System.Logger.Level.WARNING, "Could not find stylesheet: missing.css");

            assertThat(published).containsExactly("Could not find stylesheet: missing.css");
        } finally {
            javafx.removeHandler(recording);
        }
    }
}
