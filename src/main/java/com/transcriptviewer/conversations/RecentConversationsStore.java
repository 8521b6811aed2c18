package com.transcriptviewer.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.transcriptviewer.platform.JsonFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code recent-conversations.json} in the config directory: ids, names and opening times, nothing secret. An
 * unreadable file is moved aside (as settings are) and the list starts empty, with a notice. Writes go through a
 * temporary file and an atomic move; a write older than the last one written is skipped, so writes that overtake
 * each other on background threads never put an old list back.
 */
public final class RecentConversationsStore {

    private static final Logger LOG = Logger.getLogger(RecentConversationsStore.class.getName());

    private final JsonFile file;
    private long lastWritten = -1;

    /** The entries read, newest first, and a sentence for the user when the file had to be replaced. */
    public record Loaded(List<RecentConversation> entries, Optional<String> notice) {}

    public RecentConversationsStore(Path configDir, Clock clock) {
        this.file = new JsonFile(
                Objects.requireNonNull(configDir, "configDir").resolve("recent-conversations.json"),
                Objects.requireNonNull(clock, "clock"));
    }

    public Path file() {
        return file.path();
    }

    public synchronized Loaded load() {
        if (!file.exists()) {
            return new Loaded(List.of(), Optional.empty());
        }
        try {
            JsonNode root = file.read();
            JsonNode items = root == null ? null : root.get("recent");
            if (items == null || !items.isArray()) {
                throw new IOException("no \"recent\" array");
            }
            List<RecentConversation> entries = new ArrayList<>();
            for (JsonNode item : items) {
                String id = item.path("id").asText("");
                if (id.isBlank()) {
                    continue;
                }
                entries.add(new RecentConversation(
                        id,
                        item.path("name").asText(""),
                        Instant.parse(item.path("opened_at").asText())));
            }
            return new Loaded(List.copyOf(entries), Optional.empty());
        } catch (IOException | DateTimeParseException e) {
            return new Loaded(List.of(), Optional.of(backUpCorruptFile(e)));
        }
    }

    /**
     * Writes the list; {@code version} increases with every change, and a version not newer than the last written
     * is skipped.
     */
    public synchronized void save(long version, List<RecentConversation> entries) throws IOException {
        if (version <= lastWritten) {
            return;
        }
        ObjectNode root = file.newObject();
        ArrayNode items = root.putArray("recent");
        for (RecentConversation entry : entries) {
            items.addObject()
                    .put("id", entry.id())
                    .put("name", entry.name())
                    .put("opened_at", entry.openedAt().toString());
        }
        file.write(root);
        lastWritten = version;
    }

    private String backUpCorruptFile(Exception cause) {
        try {
            Path backup = file.moveAside();
            LOG.log(
                    Level.WARNING,
                    "Recent conversations file unreadable, moved to " + backup + ": " + cause.getMessage());
            return "The list of recent conversations could not be read and starts empty. The old file was kept as "
                    + backup.getFileName() + ".";
        } catch (IOException moveFailed) {
            LOG.log(
                    Level.WARNING,
                    "Recent conversations file unreadable and could not be moved aside: " + moveFailed.getMessage());
            return "The list of recent conversations could not be read and starts empty.";
        }
    }
}
