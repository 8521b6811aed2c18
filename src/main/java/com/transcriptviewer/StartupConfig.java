package com.transcriptviewer;

import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.settings.BaseUrls;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the API key and base URL come from, the same for the window and every headless command: the command line,
 * then the environment ({@code TELNYX_API_KEY}, {@code TELNYX_BASE_URL}), then Settings, then the default. An
 * unusable {@code TELNYX_BASE_URL} is never used: the window says so in a notice and goes on with the next choice, a
 * headless command stops with that sentence (its user can fix the command at once). The key in the OS credential
 * store is the window's alone: reading it may block, and a pipeline passes its key in the environment.
 */
final class StartupConfig {

    private final StartupOptions options;
    private final Map<String, String> env;

    private StartupConfig(StartupOptions options, Map<String, String> env) {
        this.options = Objects.requireNonNull(options, "options");
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    }

    /** @param env the environment to read {@code TELNYX_API_KEY} and {@code TELNYX_BASE_URL} from */
    static StartupConfig of(StartupOptions options, Map<String, String> env) {
        return new StartupConfig(options, env);
    }

    StartupOptions options() {
        return options;
    }

    /** {@code --demo}: the built-in demo data even when a key is set. */
    boolean demoForced() {
        return options.forceDemo();
    }

    /** {@code TELNYX_API_KEY}, stripped; empty when unset or blank. */
    Optional<String> environmentKey() {
        String key = env.get("TELNYX_API_KEY");
        return key == null || key.isBlank() ? Optional.empty() : Optional.of(key.strip());
    }

    /**
     * The base URL to use: {@code --base-url}, else a usable {@code TELNYX_BASE_URL}, else {@code saved} (Settings)
     * when usable, else the default.
     */
    String baseUrl(String saved) {
        if (options.baseUrl().isPresent()) {
            return options.baseUrl().get();
        }
        String fromEnv = env.get("TELNYX_BASE_URL");
        if (fromEnv != null && !fromEnv.isBlank() && BaseUrls.problem(fromEnv).isEmpty()) {
            return fromEnv.strip();
        }
        if (saved != null && !saved.isBlank() && BaseUrls.problem(saved).isEmpty()) {
            return saved.strip();
        }
        return ApiConfig.DEFAULT_BASE_URL;
    }

    /** Why {@code TELNYX_BASE_URL} is not used, naming it; empty when it is usable, unset, or {@code --base-url} wins. */
    Optional<String> environmentBaseUrlProblem() {
        String fromEnv = env.get("TELNYX_BASE_URL");
        if (options.baseUrl().isPresent() || fromEnv == null || fromEnv.isBlank()) {
            return Optional.empty();
        }
        return BaseUrls.problem(fromEnv).map(problem -> "TELNYX_BASE_URL " + fromEnv + ": " + problem);
    }

    /** What the window tells the user about this configuration at start. */
    List<String> notices() {
        String fromEnv = env.get("TELNYX_BASE_URL");
        if (options.baseUrl().isPresent() || fromEnv == null || fromEnv.isBlank()) {
            return List.of();
        }
        return BaseUrls.problem(fromEnv)
                .map(problem -> List.of("TELNYX_BASE_URL is ignored: " + problem))
                .orElse(List.of());
    }
}
