package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.api.json.WireFormatException;
import com.transcriptviewer.platform.JsonFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The assistant file the user chose for each transcript file (a transcript saved to disk names no assistant the app
 * could fetch), kept in {@code assistant-files.json} beside the settings so the choice holds next time the file is
 * opened. Reading an assistant file is here too, for the window and {@code --check --assistant-file} alike.
 * Thread-safe; blocking (call off the FX thread).
 */
public final class AssistantFiles {

    private static final Logger LOG = Logger.getLogger(AssistantFiles.class.getName());
    private static final int MAX_REMEMBERED = 200;

    private final JsonFile store;
    private Map<String, String> chosen;

    public AssistantFiles(Path configDir, Clock clock) {
        this.store = new JsonFile(configDir.resolve("assistant-files.json"), clock);
    }

    /** The assistant file chosen for {@code transcript}, if one was and it still exists. */
    public synchronized Optional<Path> assistantFor(Path transcript) {
        String path = chosen().get(key(transcript));
        return path == null ? Optional.empty() : Optional.of(Path.of(path)).filter(Files::isRegularFile);
    }

    /** Remembers {@code assistant} for {@code transcript}; a file that cannot be written is logged, not fatal. */
    public synchronized void remember(Path transcript, Path assistant) {
        Map<String, String> all = chosen();
        all.remove(key(transcript));
        all.put(key(transcript), key(assistant));
        Iterator<String> oldest = all.keySet().iterator();
        while (all.size() > MAX_REMEMBERED) {
            oldest.next();
            oldest.remove();
        }
        ObjectNode root = store.newObject();
        all.forEach(root::put);
        try {
            store.write(root);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remember the assistant file: " + e.getMessage());
        }
    }

    /** Reads an assistant as {@code GET /ai/assistants/{id}} returns it, from a file; the exception says what failed. */
    public static AssistantDefinition read(Path file) throws AssistantFormatException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AssistantFormatException(
                    "the file " + file + " could not be read (" + e.getClass().getSimpleName() + ")");
        }
        try {
            return AssistantDefinition.read(WireFormat.shared().parseTree(bytes));
        } catch (WireFormatException e) {
            throw new AssistantFormatException(name(file) + " is not an assistant: " + e.getMessage());
        }
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private Map<String, String> chosen() {
        if (chosen == null) {
            chosen = new LinkedHashMap<>();
            try {
                if (store.exists()) {
                    JsonNode root = store.read();
                    if (root != null && root.isObject()) {
                        root.fields().forEachRemaining(entry -> {
                            if (entry.getValue().isTextual()) {
                                chosen.put(entry.getKey(), entry.getValue().asText());
                            }
                        });
                    }
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not read the remembered assistant files: " + e.getMessage());
            }
        }
        return chosen;
    }

    private static String key(Path file) {
        return Objects.requireNonNull(file, "file").toAbsolutePath().normalize().toString();
    }
}
