package com.transcriptviewer;

import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.assistant.AssistantDefinition;
import com.transcriptviewer.assistant.AssistantFiles;
import com.transcriptviewer.assistant.AssistantFormatException;
import com.transcriptviewer.assistant.CheckCommand;
import com.transcriptviewer.assistant.CheckRequest;
import com.transcriptviewer.assistant.ConversationExtras;
import com.transcriptviewer.assistant.Resolution;
import com.transcriptviewer.assistant.ToolCallChecker;
import com.transcriptviewer.export.ConversationExporter;
import com.transcriptviewer.export.ExportCommand;
import com.transcriptviewer.export.ExportExtras;
import com.transcriptviewer.export.ExportRequest;
import com.transcriptviewer.export.SecretScrubber;
import com.transcriptviewer.export.reviews.ReviewExportCommand;
import com.transcriptviewer.export.reviews.ReviewExportRequest;
import com.transcriptviewer.export.reviews.ReviewExporter;
import com.transcriptviewer.library.LibraryCommand;
import com.transcriptviewer.library.LibraryRequest;
import com.transcriptviewer.library.LibraryStore;
import com.transcriptviewer.library.LibrarySync;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.platform.AppDirs;
import com.transcriptviewer.settings.KeyStore;
import com.transcriptviewer.settings.MemoryKeyStore;
import com.transcriptviewer.settings.OsKeyStore;
import com.transcriptviewer.settings.ReviewSettings;
import com.transcriptviewer.settings.SettingsStore;
import com.transcriptviewer.source.FileTranscriptSource;
import com.transcriptviewer.source.TranscriptSource;
import com.transcriptviewer.store.ReviewStore;
import com.transcriptviewer.store.ReviewStores;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.store.StoreStatus;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The commands that run without a window, each wired to what it needs inside a {@link HeadlessSession}. */
final class HeadlessCommands {

    private HeadlessCommands() {}

    /** {@code --export ID --out PATH}. */
    static int export(StartupOptions options, Map<String, String> env, PrintStream out, PrintStream err) {
        ExportRequest request = options.export().orElseThrow();
        Reviews reviews = Reviews.of(env);
        return HeadlessSession.run("--export", "export from", options, env, err, true, session -> {
            TranscriptSource api = session.api().orElseThrow();
            return new ExportCommand(
                            session.loader(),
                            api,
                            new ConversationExporter(ZoneId.systemDefault(), Clock.systemDefaultZone()),
                            session.secrets(),
                            withReviews(extras(api), reviews, err))
                    .run(request, session.cancel(), out, err);
        });
    }

    /** {@code --export-reviews --out PATH}: from the review store Settings names. */
    static int exportReviews(StartupOptions options, Map<String, String> env, PrintStream out, PrintStream err) {
        ReviewExportRequest request = options.exportReviews().orElseThrow();
        Reviews reviews = Reviews.of(env);
        ReviewExportCommand.Source source = new ReviewExportCommand.Source() {
            @Override
            public String describe() {
                return reviews.describe();
            }

            @Override
            public ReviewStore open() throws StoreException {
                if (!reviews.exist()) {
                    // Opening would create an empty database in the user's data folder: say there is none.
                    throw new StoreException("It does not exist: no review has been saved on this computer yet.");
                }
                return reviews.open();
            }
        };
        // No connection is needed; a key in the environment is still kept out of the notes written.
        SecretScrubber secrets = new SecretScrubber(
                StartupConfig.of(options, env).environmentKey().stream().toList());
        return HeadlessSession.run(
                "--export-reviews",
                "",
                options,
                env,
                err,
                false,
                session -> new ReviewExportCommand(source, new ReviewExporter(secrets))
                        .run(request, session.cancel(), out, err));
    }

    /**
     * The review store Settings names, for a headless command: the embedded database in the user's data folder, or
     * the team server (its password from {@value ReviewDatabase#PASSWORD_VARIABLE} or the credential store).
     */
    private record Reviews(ReviewDatabase database, ReviewSettings settings) {

        static Reviews of(Map<String, String> env) {
            AppDirs dirs = AppDirs.forCurrentUser(env);
            ReviewSettings settings = new SettingsStore(dirs.configDir(), Clock.systemDefaultZone())
                    .peek()
                    .reviews();
            KeyStore passwords = "memory".equals(System.getProperty(Desktop.KEY_STORE_PROPERTY))
                    ? MemoryKeyStore.sessionOnly()
                    : OsKeyStore.reviewDatabasePassword();
            return new Reviews(ReviewDatabase.headless(dirs, passwords, env), settings);
        }

        /** A team server is named, or something was saved on this computer. */
        boolean exist() {
            return settings.team().isPresent() || database.existsHere();
        }

        ReviewStore open() throws StoreException {
            return database.open(settings);
        }

        String describe() {
            return database.describe(settings);
        }
    }

    /**
     * As the window's export: the reviewers' verdicts beside the messages, when anything was ever reviewed; verdicts
     * that cannot be read are left out, and stderr says why.
     */
    private static ExportExtras withReviews(ExportExtras extras, Reviews reviews, PrintStream err) {
        if (!reviews.exist()) {
            return extras;
        }
        return (conversationId, header, messages, cancel) -> {
            ExportExtras.Extras found = extras.load(conversationId, header, messages, cancel);
            try (ReviewStore store = reviews.open()) {
                List<ReviewEntry> latest = store.latest(conversationId);
                StoreStatus status = store.status();
                if (status.mode() == StoreStatus.Mode.TEAM && !status.reachable()) {
                    err.println(HeadlessSession.PREFIX + "only this computer's reviews are in the file: could not"
                            + " reach " + reviews.describe() + ": " + status.problem());
                }
                return found.withReviews(latest);
            } catch (StoreException e) {
                err.println(HeadlessSession.PREFIX + "the reviews were left out: could not read " + reviews.describe()
                        + ": " + e.getMessage());
                return found;
            }
        };
    }

    /** As the window's export: each call's check against the conversation's assistant, and the insights. */
    private static ExportExtras extras(TranscriptSource api) {
        return api.apiClient()
                .<ExportExtras>map(client -> {
                    ConversationExtras around = new ConversationExtras(client);
                    return (conversationId, header, messages, cancel) -> {
                        Resolution assistant = around.resolve(header, cancel);
                        return new ExportExtras.Extras(
                                around.checks(messages, assistant), around.insights(conversationId, assistant, cancel));
                    };
                })
                .orElse(ExportExtras.NONE);
    }

    /**
     * {@code --search QUERY} over the library on this computer, or {@code --sync}: conversations from the API (or
     * {@code --demo}) into it.
     */
    static int library(StartupOptions options, Map<String, String> env, PrintStream out, PrintStream err) {
        LibraryRequest request = options.library().orElseThrow();
        Path file = ReviewStores.defaultDatabaseFile(AppDirs.forCurrentUser(env).dataDir());
        if (request.search().isPresent()) {
            if (!Files.exists(file)) {
                err.println(HeadlessSession.PREFIX + "the library is empty: no conversation has been kept on this"
                        + " computer yet (open some, or run --sync).");
                return LibraryCommand.NOTHING_OR_SOME_FAILED;
            }
            return HeadlessSession.run("--search", "", options, env, err, false, session -> {
                try (LibraryStore library = LibraryStore.open(file)) {
                    return LibraryCommand.search(
                            library, request.search().get(), request.json(), ZoneId.systemDefault(), out, err);
                } catch (StoreException e) {
                    err.println(HeadlessSession.PREFIX + e.getMessage());
                    return LibraryCommand.FAILED;
                }
            });
        }
        return HeadlessSession.run("--sync", "sync from", options, env, err, true, session -> {
            TelnyxClient client =
                    session.api().flatMap(TranscriptSource::apiClient).orElseThrow();
            try (LibraryStore library = LibraryStore.open(file)) {
                return LibraryCommand.sync(
                        new LibrarySync(client, library), request.sync().get(), session.cancel(), out, err);
            } catch (StoreException e) {
                err.println(HeadlessSession.PREFIX + e.getMessage());
                return LibraryCommand.FAILED;
            }
        });
    }

    /** {@code --check ID [ID...]} against the API, or {@code --check --file PATH} on a transcript file. */
    static int check(StartupOptions options, Map<String, String> env, PrintStream out, PrintStream err) {
        CheckRequest request = options.check().orElseThrow();
        Optional<Resolution> assistantFile = Optional.empty();
        if (request.assistantFile().isPresent()) {
            Path file = request.assistantFile().get();
            try {
                AssistantDefinition assistant = AssistantFiles.read(file);
                Path name = file.getFileName();
                assistantFile = Optional.of(Resolution.of(
                        assistant,
                        "Checked against " + assistant.describe() + " (from " + (name == null ? file : name) + ")."));
            } catch (AssistantFormatException e) {
                err.println(HeadlessSession.PREFIX + "--assistant-file: " + e.getMessage() + ".");
                return HeadlessSession.USAGE;
            }
        }
        Optional<Resolution> against = assistantFile;
        Optional<Path> transcriptFile = options.file();
        return HeadlessSession.run("--check", "check against", options, env, err, transcriptFile.isEmpty(), session -> {
            List<CheckCommand.Target> targets = transcriptFile
                    .map(file -> {
                        FileTranscriptSource source = new FileTranscriptSource(file, WireFormat.shared());
                        return List.of(new CheckCommand.Target(source, source.displayId()));
                    })
                    .orElseGet(() -> request.conversationIds().stream()
                            .map(id -> new CheckCommand.Target(session.api().orElseThrow(), id))
                            .toList());
            return new CheckCommand(session.loader(), new ToolCallChecker(), against)
                    .run(targets, request.json(), session.cancel(), out, err);
        });
    }
}
