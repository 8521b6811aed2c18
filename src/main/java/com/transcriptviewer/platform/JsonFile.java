package com.transcriptviewer.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One of the app's own small JSON files (settings, recent conversations). Writes go through a temporary file and an
 * atomic move, so a crash mid-write never leaves half a file. A file that cannot be read is moved aside to
 * {@code <name>.corrupt-<time>} rather than overwritten, so the user's old content is kept.
 */
public final class JsonFile {

    private final Path path;
    private final Clock clock;

    /** {@code clock} stamps the names of files moved aside, in its own time zone. */
    public JsonFile(Path path, Clock clock) {
        this.path = Objects.requireNonNull(path, "path");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Path path() {
        return path;
    }

    public boolean exists() {
        return Files.exists(path);
    }

    /** The file's JSON tree, or null when it holds no JSON value at all; malformed JSON throws. */
    public JsonNode read() throws IOException {
        return Mapper.SHARED.readTree(path.toFile());
    }

    public ObjectNode newObject() {
        return Mapper.SHARED.createObjectNode();
    }

    /** Writes {@code root} pretty-printed, creating the directory if needed, and replaces the file in one move. */
    public void write(JsonNode root) throws IOException {
        Files.createDirectories(path.getParent());
        Path temp = path.resolveSibling(path.getFileName() + ".tmp");
        Mapper.SHARED.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), root);
        try {
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Moves the file to {@code <name>.corrupt-<yyyyMMdd-HHmmss>} beside it and returns where it went. */
    public Path moveAside() throws IOException {
        Path backup = path.resolveSibling(path.getFileName() + ".corrupt-"
                + Stamp.FORMAT.format(clock.instant().atZone(clock.getZone())));
        Files.move(path, backup, StandardCopyOption.REPLACE_EXISTING);
        return backup;
    }

    /**
     * Made on first use, not with the file: a mapper loads a few hundred classes, which a start with no settings
     * file yet does without. Mappers are thread-safe once configured, so one serves every file.
     */
    private static final class Mapper {
        static final ObjectMapper SHARED = new ObjectMapper();
    }

    /** Only a file that could not be read needs it. */
    private static final class Stamp {
        static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    }
}
