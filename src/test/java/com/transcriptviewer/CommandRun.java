package com.transcriptviewer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One run of the app's command line in this process, as a user's shell would start it: its exit status and what it
 * printed on standard output and standard error.
 */
record CommandRun(int status, String out, String err) {

    /** Runs the command line {@code args} with the environment {@code env} (and nothing else of this process's). */
    static CommandRun launch(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Launcher.run(
                args,
                env,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * The folders the app uses (settings, data, state, cache) under {@code home}, a test's own, so no run touches the
     * user's. The map can be changed, to add a key or a password.
     */
    static Map<String, String> homeFolders(Path home) {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        return env;
    }
}
