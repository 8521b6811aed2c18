package com.transcriptviewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void noArgumentsGiveDefaults() throws Exception {
        assertThat(CommandLine.parse(List.of())).isEqualTo(StartupOptions.defaults());
    }

    @Test
    void readsEveryOption() throws Exception {
        StartupOptions options = CommandLine.parse(List.of(
                "--conversation", "abc", "--demo", "--base-url", "http://127.0.0.1:9/v2", "--exit-after-first-page"));
        assertThat(options.conversationId()).contains("abc");
        assertThat(options.forceDemo()).isTrue();
        assertThat(options.baseUrl()).contains("http://127.0.0.1:9/v2");
        assertThat(options.exitAfterFirstPage()).isTrue();
        assertThat(options.serveDemo()).isFalse();
    }

    @Test
    void serveDemoTakesAPort() throws Exception {
        StartupOptions options = CommandLine.parse(List.of("--serve-demo", "--port", "8080"));
        assertThat(options.serveDemo()).isTrue();
        assertThat(options.port()).isEqualTo(8080);
    }

    @Test
    void fileOption() throws Exception {
        assertThat(CommandLine.parse(List.of("--file", "x/y.json")).file()).contains(Path.of("x/y.json"));
    }

    @Test
    void helpAndVersion() throws Exception {
        assertThat(CommandLine.parse(List.of("--help")).help()).isTrue();
        assertThat(CommandLine.parse(List.of("--version")).version()).isTrue();
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--bogus"))).hasMessage("Unknown option --bogus.");
        assertThatThrownBy(() -> CommandLine.parse(List.of("stray"))).hasMessageContaining("Unexpected argument stray");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--conversation")))
                .hasMessage("--conversation needs a value.");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--conversation", "--demo")))
                .hasMessage("--conversation needs a value.");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--serve-demo", "--port", "http")))
                .hasMessage("--port must be a number, not http.");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--serve-demo", "--port", "70000")))
                .hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--port", "80")))
                .hasMessage("--port only applies to --serve-demo.");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--conversation", "a", "--file", "b")))
                .hasMessageContaining("not both");
    }

    @Test
    void baseUrlMustBeHttpsOrLoopback() throws Exception {
        assertThat(CommandLine.parse(List.of("--base-url", "https://api.example.test/v2"))
                        .baseUrl())
                .contains("https://api.example.test/v2");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> CommandLine.parse(List.of("--base-url", "http://api.example.test/v2")))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessageContaining("--base-url http://api.example.test/v2")
                .hasMessageContaining("https://");
    }
}
