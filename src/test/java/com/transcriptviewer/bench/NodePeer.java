package com.transcriptviewer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The official Telnyx Node SDK as a peer: its auto-pager loads a whole conversation from the same server, and its
 * typed resources read what surrounds a conversation (assistant, version, tools, insights). The peer's folder
 * (shared/peers/telnyx-node beside the checkout) is copied under target/ and installed there with npm ci, so the
 * shared folder is never modified.
 */
final class NodePeer {

    /** What the peer printed: messages and pages it saw, and its own elapsed milliseconds. */
    record Result(long messages, long pages, long millis) {}

    /**
     * What {@code conversation-context.mjs} read about one conversation, or how it failed.
     *
     * @param exitCode      0 when the script printed its line; else the SDK threw (an HTTP error, for instance)
     * @param assistant     the assistant's name, null when none was read
     * @param versionId     the {@code version_id} of the assistant object it read (the version's, or the current one's)
     * @param insights      results across all insight runs
     * @param insightsNamed results whose template was found in the assistant's insight group
     * @param output        everything the script printed, for a failure's message
     * @param millis        wall time of the run, Node's start-up included
     */
    record Context(
            int exitCode,
            String assistant,
            String versionId,
            int tools,
            int insights,
            int insightsNamed,
            int recordings,
            String output,
            long millis) {

        boolean succeeded() {
            return exitCode == 0;
        }
    }

    /** A finished process: its exit code and what it printed (stdout and stderr together). */
    private record Finished(int exitCode, String output) {}

    private final Path dir;

    private NodePeer(Path dir) {
        this.dir = dir;
    }

    static NodePeer prepare() throws IOException, InterruptedException {
        Path source = locate();
        Path target = Path.of("target", "telnyx-node").toAbsolutePath();
        Files.createDirectories(target);
        for (String name : List.of("load-all.mjs", "conversation-context.mjs", "package.json", "package-lock.json")) {
            Files.copy(source.resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(target.resolve("node_modules").resolve("telnyx"))) {
            run(target, 300, "npm", "ci", "--no-audit", "--no-fund");
        }
        return new NodePeer(target);
    }

    Result loadAll(String baseUrl, String conversationId) throws IOException, InterruptedException {
        String out = run(
                dir,
                600,
                "node",
                "load-all.mjs",
                "--base-url",
                baseUrl,
                "--conversation",
                conversationId,
                "--page-size",
                "100");
        JsonNode json = new ObjectMapper().readTree(lastJsonLine(out));
        return new Result(
                json.path("messages").asLong(),
                json.path("pages").asLong(),
                json.path("ms").asLong());
    }

    /** What {@code sync-all.mjs} read: conversations listed, messages read, its own elapsed milliseconds. */
    record Sync(long conversations, long messages, long millis) {}

    /**
     * Lists the conversations created in {@code [since, until]} and reads every message of each, one conversation
     * after another ({@code sync-all.mjs}, from the test resources).
     */
    Sync syncAll(String baseUrl, String since, String until) throws IOException, InterruptedException {
        try (var script = NodePeer.class.getResourceAsStream("/bench/sync-all.mjs")) {
            Files.copy(script, dir.resolve("sync-all.mjs"), StandardCopyOption.REPLACE_EXISTING);
        }
        String out = run(dir, 1_800, "node", "sync-all.mjs", "--base-url", baseUrl, "--since", since, "--until", until);
        JsonNode json = new ObjectMapper().readTree(lastJsonLine(out));
        return new Sync(
                json.path("conversations").asLong(),
                json.path("messages").asLong(),
                json.path("ms").asLong());
    }

    /**
     * Runs {@code conversation-context.mjs --base-url URL --conversation ID}. A run that fails (the SDK throws on an
     * HTTP error it does not catch) is returned with its exit code and output, not thrown: how the peer fails is
     * part of what is compared.
     */
    Context conversationContext(String baseUrl, String conversationId) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Finished finished = exec(
                dir, 120, "node", "conversation-context.mjs", "--base-url", baseUrl, "--conversation", conversationId);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (finished.exitCode() != 0) {
            return new Context(finished.exitCode(), null, null, 0, 0, 0, 0, finished.output(), millis);
        }
        JsonNode json = new ObjectMapper().readTree(lastJsonLine(finished.output()));
        return new Context(
                0,
                json.path("assistant").isNull() ? null : json.path("assistant").asText(null),
                json.path("version_id").isNull()
                        ? null
                        : json.path("version_id").asText(null),
                json.path("tools").asInt(),
                json.path("insights").asInt(),
                json.path("insights_named").asInt(),
                json.path("recordings").asInt(),
                finished.output(),
                millis);
    }

    private static String lastJsonLine(String output) throws IOException {
        return output.lines()
                .filter(line -> line.startsWith("{"))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IOException("the peer printed no result: " + output));
    }

    private static Path locate() throws IOException {
        String configured = System.getProperty("peer.dir");
        Stream<Path> candidates = configured != null
                ? Stream.of(Path.of(configured))
                : Stream.of(Path.of("..", "shared", "peers", "telnyx-node"), Path.of("shared", "peers", "telnyx-node"));
        return candidates
                .filter(p -> Files.isRegularFile(p.resolve("load-all.mjs")))
                .findFirst()
                .orElseThrow(() -> new IOException("The Node SDK peer was not found: expected ../shared/peers/"
                        + "telnyx-node beside the checkout, or -Dpeer.dir=PATH."));
    }

    /** Runs a command that must succeed; returns what it printed. */
    private static String run(Path workDir, int timeoutSeconds, String... command)
            throws IOException, InterruptedException {
        Finished finished = exec(workDir, timeoutSeconds, command);
        if (finished.exitCode() != 0) {
            throw new IOException(
                    String.join(" ", command) + " failed (" + finished.exitCode() + "): " + finished.output());
        }
        return finished.output();
    }

    private static Finished exec(Path workDir, int timeoutSeconds, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().put("TELNYX_API_KEY", "bench-key");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException(
                    command[0] + " is needed for the peer benchmark (apt-get install nodejs npm): " + e.getMessage(),
                    e);
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
        }
        return new Finished(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
