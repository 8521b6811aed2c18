package com.transcriptviewer.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.transcriptviewer.platform.JsonFile;
import com.transcriptviewer.store.TeamServer;
import com.transcriptviewer.ui.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads and writes {@code settings.json} in the OS config directory. A file that cannot be read is moved aside to
 * {@code settings.json.corrupt-<time>} and replaced by defaults, with a notice for the user; a write goes through a
 * temporary file and an atomic move, so a crash mid-write never leaves half a file.
 */
public final class SettingsStore {

    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());

    private final JsonFile file;

    /** The settings read, and a sentence for the user when the file had to be replaced. */
    public record Loaded(Settings settings, Optional<String> notice) {}

    public SettingsStore(Path configDir, Clock clock) {
        this.file = new JsonFile(
                Objects.requireNonNull(configDir, "configDir").resolve("settings.json"),
                Objects.requireNonNull(clock, "clock"));
    }

    public Path file() {
        return file.path();
    }

    public Loaded load() {
        if (!file.exists()) {
            return new Loaded(Settings.defaults(), Optional.empty());
        }
        try {
            JsonNode root = file.read();
            if (root == null || !root.isObject()) {
                throw new IOException("not a JSON object");
            }
            return new Loaded(fromJson(root), Optional.empty());
        } catch (IOException e) {
            return new Loaded(Settings.defaults(), Optional.of(backUpCorruptFile(e)));
        }
    }

    /**
     * The settings in the file, for a command that only reads them (the headless commands): defaults when the file
     * is missing or cannot be read, and a file that cannot be read is left where it is for the window to deal with.
     */
    public Settings peek() {
        if (!file.exists()) {
            return Settings.defaults();
        }
        try {
            JsonNode root = file.read();
            return root != null && root.isObject() ? fromJson(root) : Settings.defaults();
        } catch (IOException unreadable) {
            return Settings.defaults();
        }
    }

    public void save(Settings settings) throws IOException {
        ObjectNode root = file.newObject();
        root.put("theme", settings.theme() == Theme.DARK ? "dark" : "light");
        root.put("base_url", settings.baseUrl());
        root.put("page_size", settings.pageSize());
        root.put("time_zone", settings.timeZone().wireName());
        root.put("insights_panel_open", settings.insightsPanelOpen());
        root.put("review_panel_open", settings.reviewPanelOpen());
        root.put("privacy_by_default", settings.privacyByDefault());
        root.put("library_fetches_rest", settings.libraryFetchesRest());
        ReviewSettings reviews = settings.reviews();
        ObjectNode review = root.putObject("reviews");
        review.put("reviewer", reviews.reviewer());
        review.put("kept", reviews.storage().wireName());
        // The team server's password is never written here: it is in the OS credential store.
        review.put("jdbc_url", reviews.teamServer().jdbcUrl());
        review.put("user", reviews.teamServer().user());
        file.write(root);
    }

    private static Settings fromJson(JsonNode root) {
        return new Settings(
                "dark".equalsIgnoreCase(root.path("theme").asText()) ? Theme.DARK : Theme.LIGHT,
                root.path("base_url").asText(""),
                root.path("page_size").asInt(Settings.DEFAULT_PAGE_SIZE),
                Settings.TimeZoneChoice.parse(root.path("time_zone").asText("local")),
                // Absent from files written before the panel existed: closed, as by default.
                root.path("insights_panel_open").asBoolean(false),
                root.path("review_panel_open").asBoolean(false),
                reviews(root.path("reviews")),
                root.path("privacy_by_default").asBoolean(false),
                // Absent from files written before the library fetched the rest: on, as by default.
                root.path("library_fetches_rest").asBoolean(true));
    }

    /** Absent from files written before reviews existed: the OS user's name, on this computer. */
    private static ReviewSettings reviews(JsonNode review) {
        return new ReviewSettings(
                review.path("reviewer").asText(""),
                ReviewSettings.Storage.parse(review.path("kept").asText("local")),
                new TeamServer(
                        review.path("jdbc_url").asText(""), review.path("user").asText("")));
    }

    private String backUpCorruptFile(IOException cause) {
        try {
            Path backup = file.moveAside();
            LOG.log(Level.WARNING, "Settings file unreadable, moved to " + backup + ": " + cause.getMessage());
            return "Your settings file could not be read, so defaults are in use. The old file was kept as "
                    + backup.getFileName() + ".";
        } catch (IOException moveFailed) {
            LOG.log(Level.WARNING, "Settings file unreadable and could not be moved aside: " + moveFailed.getMessage());
            return "Your settings file could not be read, so defaults are in use.";
        }
    }
}
