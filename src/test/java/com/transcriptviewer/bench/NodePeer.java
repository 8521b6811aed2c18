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
 * The official Telnyx Node SDK as a peer: its auto-pager loads a whole conversation from the same server. The peer's
 * folder (shared/peers/telnyx-node beside the checkout) is copied under target/ and installed there with npm ci, so
 * the shared folder is never modified.
 */
final class NodePeer {

    /** What the peer printed: messages and pages it saw, and its own elapsed milliseconds. */
    record Result(long messages, long pages, long millis) {}

    private final Path dir;

    private NodePeer(Path dir) {
        this.dir = dir;
    }

    static NodePeer prepare() throws IOException, InterruptedException {
        Path source = locate();
        Path target = Path.of("target", "telnyx-node").toAbsolutePath();
        Files.createDirectories(target);
        for (String name : List.of("load-all.mjs", "package.json", "package-lock.json")) {
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
        String last = out.lines()
                .filter(line -> line.startsWith("{"))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IOException("the peer printed no result: " + out));
        JsonNode json = new ObjectMapper().readTree(last);
        return new Result(
                json.path("messages").asLong(),
                json.path("pages").asLong(),
                json.path("ms").asLong());
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

    private static String run(Path workDir, int timeoutSeconds, String... command)
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
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "): " + text);
        }
        return text;
    }
}
