package com.transcriptviewer.platform;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps JavaFX's "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" warning off the
 * console. The app loads JavaFX from the class path on purpose (its plain {@code main} then needs none of the JavaFX
 * launcher's module checks), so the warning, printed at every start, says nothing the user can act on, and would
 * stand before the one line that says why a window could not start.
 */
public final class ClassPathJavaFxWarning {

    /** The logger JavaFX's platform warnings go to (through System.Logger, to java.util.logging). */
    static final String LOGGER = "javafx";

    static final String WARNING = "Unsupported JavaFX configuration: classes were loaded from ";

    /** Held here: java.util.logging keeps loggers weakly, and a collected logger would forget the filter. */
    private static final Logger JAVAFX = Logger.getLogger(LOGGER);

    private ClassPathJavaFxWarning() {}

    /** Drops that one warning from now on; every other record of JavaFX's passes as before. */
    public static void hide() {
        Filter previous = JAVAFX.getFilter();
        if (previous instanceof OnlyOthers) {
            return;
        }
        JAVAFX.setFilter(new OnlyOthers(previous));
    }

    private record OnlyOthers(Filter previous) implements Filter {
        @Override
        public boolean isLoggable(LogRecord record) {
            String message = record.getMessage();
            if (message != null && message.startsWith(WARNING)) {
                return false;
            }
            return previous == null || previous.isLoggable(record);
        }
    }
}
