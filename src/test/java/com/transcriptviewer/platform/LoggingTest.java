package com.transcriptviewer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggingTest {

    private static final Logger LOG = Logger.getLogger(LoggingTest.class.getName());

    @TempDir
    Path dir;

    @Test
    void writesRecordsToARotatingFileInTheGivenDirectory() throws IOException {
        Path logDir = dir.resolve("state/logs");
        try (Logging logging = Logging.install(logDir)) {
            LOG.info("first page shown in 420 ms");
            logging.flush();

            assertThat(logging.currentLogFile()).isEqualTo(logDir.resolve("transcript-viewer-0.log"));
            assertThat(read(logging.currentLogFile()))
                    .contains("INFO")
                    .contains(LoggingTest.class.getName())
                    .contains("first page shown in 420 ms");
        }
    }

    @Test
    void neverWritesKeysTokensOrRegisteredSecrets() throws IOException {
        String typedKey = "user-typed-key-7f3a9c";
        try (Logging logging = Logging.install(dir)) {
            Logging.registerSecret(typedKey);
            LOG.info("Authorization: Bearer KEY0190ABCDEF1234567890_aBcDeF");
            LOG.log(Level.INFO, "saved key {0}", typedKey);
            LOG.log(Level.WARNING, "request failed", new IllegalStateException("header was " + typedKey));
            logging.flush();

            String text = read(logging.currentLogFile());
            assertThat(text)
                    .doesNotContain(typedKey)
                    .doesNotContain("KEY0190ABCDEF1234567890_aBcDeF")
                    .contains("Bearer [redacted]")
                    .contains("saved key [redacted]")
                    .contains("IllegalStateException: header was [redacted]");
        }
    }

    @Test
    void rotatesWhenTheSizeLimitIsReachedAndKeepsAtMostTheConfiguredCount() throws IOException {
        try (Logging logging = Logging.install(dir, Level.INFO, 2_000, 3)) {
            for (int i = 0; i < 200; i++) {
                LOG.info("line " + i + " padding padding padding padding padding padding");
            }
            logging.flush();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".log")))
                    .containsExactlyInAnyOrder(
                            "transcript-viewer-0.log", "transcript-viewer-1.log", "transcript-viewer-2.log");
        }
        assertThat(Files.size(dir.resolve("transcript-viewer-1.log"))).isLessThanOrEqualTo(2_000 + 200);
    }

    @Test
    void closeRemovesTheFileHandlerAndRestoresTheRootLogger() throws IOException {
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        int handlersBefore = root.getHandlers().length;

        Logging logging = Logging.install(dir, Level.FINE, 10_000, 1);
        assertThat(root.getHandlers()).hasSize(handlersBefore + 1);
        assertThat(root.getLevel()).isEqualTo(Level.FINE);
        logging.close();

        assertThat(root.getHandlers()).hasSize(handlersBefore);
        assertThat(root.getLevel()).isEqualTo(before);
        for (Handler handler : root.getHandlers()) {
            assertThat(handler.getFormatter()).isNotInstanceOf(RedactingFormatter.class);
        }
    }

    @Test
    void rejectsNonsenseLimits() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Logging.install(dir, Level.INFO, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
