package com.transcriptviewer;

import com.transcriptviewer.assistant.CheckRequest;
import com.transcriptviewer.conversations.ConversationIdParser;
import com.transcriptviewer.export.ExportFormat;
import com.transcriptviewer.export.ExportRequest;
import com.transcriptviewer.export.reviews.ReviewDates;
import com.transcriptviewer.export.reviews.ReviewExportFormat;
import com.transcriptviewer.export.reviews.ReviewExportRequest;
import com.transcriptviewer.library.LibraryRequest;
import com.transcriptviewer.library.SyncRequest;
import com.transcriptviewer.settings.BaseUrls;
import com.transcriptviewer.store.ReviewFilter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses the command line into {@link StartupOptions}; a bad argument is a {@link UsageException} with a plain reason. */
public final class CommandLine {

    public static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: transcript-viewer [options]",
            "",
            "Opens the Transcript Viewer window. Without TELNYX_API_KEY it runs on built-in demo data.",
            "",
            "Options:",
            "  --conversation ID    open this conversation at start (a UUID or a portal URL containing one)",
            "  --file PATH          open a transcript file (JSON as returned by the messages endpoint)",
            "  --demo               use the built-in demo data even when an API key is set",
            "  --base-url URL       API base URL (default https://api.telnyx.com/v2, or TELNYX_BASE_URL)",
            "  --serve-demo         run only the demo API server (no window) and print its base URL",
            "  --port N             port for --serve-demo (default: a free port)",
            "  --exit-after-first-page",
            "                       exit with status 0 once the first transcript page is shown (for checks)",
            "  --export ID          write conversation ID to a file and exit, no window (needs --out;",
            "                       TELNYX_API_KEY, or --demo); exit 3: could not load, 4: could not write",
            "  --format F           json, md or html (default: from the --out file name's extension)",
            "  --out PATH           the file --export writes (replaced atomically if it exists)",
            "  --redact             for --export: mask personal data (phone numbers, e-mail addresses, cards,",
            "                       IBANs, SSNs, secret-named arguments) as privacy mode shows it",
            "  --check ID [ID...]   check every tool call of these conversations against their assistant's tool",
            "                       definitions and exit, no window (or --check --file PATH); exit 0: no problems,",
            "                       1: some call has a problem, 3: a conversation could not be loaded",
            "  --assistant-file PATH",
            "                       for --check: the assistant JSON to check against (what GET /ai/assistants/{id}",
            "                       returns) instead of the conversation's own",
            "  --format F           for --check: text (default) or json, one object per conversation per line",
            "  --export-reviews     write the QA reviews to a file and exit, no window (needs --out; reads the",
            "                       review database on this computer, or the team server Settings names);",
            "                       exit 3: the reviews could not be read, 4: could not write",
            "  --format F           for --export-reviews: csv or json (default: from the --out file's extension)",
            "  --since DATE         for --export-reviews: reviews saved on or after DATE (2026-03-01, a day in",
            "                       local time, or a moment such as 2026-03-01T09:30:00Z)",
            "  --until DATE         for --export-reviews: reviews saved up to the end of day DATE, or before a moment",
            "  --reviewer NAME      for --export-reviews: one reviewer's reviews only (default: everyone's)",
            "  --history            for --export-reviews: every verdict ever saved, not only each reviewer's current",
            "  --search QUERY       search every conversation kept in the library and print the best 50 matches,",
            "                       no window: words, \"phrases\", prefix*, role:user, function:NAME, channel:NAME,",
            "                       assistant:ID, since:DATE, until:DATE; exit 0: found, 1: nothing matched",
            "  --format F           for --search: text (default; matches in [brackets]) or json",
            "  --sync               fetch conversations into the library and exit, no window (TELNYX_API_KEY, or",
            "                       --demo); continues an unfinished sync of the same conversations; exit 0: all",
            "                       kept, 1: some could not be fetched, 3: stopped, 130: cancelled (Ctrl+C)",
            "  --since DATE         for --sync: conversations created on or after DATE",
            "  --until DATE         for --sync: conversations created up to the end of day DATE",
            "  --assistant ID       for --sync: one assistant's conversations only",
            "  --channel NAME       for --sync: one channel's conversations only (phone_call, web_chat, sms_chat)",
            "  --help               show this help and exit",
            "  --version            show the version and exit",
            "",
            "Environment:",
            "  TELNYX_API_KEY       API key (takes precedence over the key saved in Settings)",
            "  TELNYX_BASE_URL      API base URL",
            "  TRANSCRIPT_VIEWER_DB_PASSWORD",
            "                       the team server's password for --export-reviews and --export, where the",
            "                       machine has no credential store (takes precedence over the saved one)");

    private CommandLine() {}

    /** Thrown for arguments that make no sense; the message says which and why. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    public static StartupOptions parse(List<String> args) throws UsageException {
        Optional<String> conversation = Optional.empty();
        Optional<Path> file = Optional.empty();
        Optional<String> baseUrl = Optional.empty();
        boolean demo = false;
        boolean serveDemo = false;
        boolean help = false;
        boolean version = false;
        boolean exitAfterFirstPage = false;
        Integer port = null;
        Optional<String> exportId = Optional.empty();
        Optional<String> format = Optional.empty();
        Optional<Path> out = Optional.empty();
        boolean check = false;
        List<String> checkIds = new ArrayList<>();
        Optional<Path> assistantFile = Optional.empty();
        boolean exportReviews = false;
        Optional<String> since = Optional.empty();
        Optional<String> until = Optional.empty();
        Optional<String> reviewer = Optional.empty();
        boolean history = false;
        boolean redact = false;
        Optional<String> search = Optional.empty();
        boolean sync = false;
        Optional<String> assistant = Optional.empty();
        Optional<String> channel = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--conversation" -> conversation = Optional.of(requireValue(args, ++i, arg));
                case "--file" -> file = Optional.of(toPath(arg, requireValue(args, ++i, arg)));
                case "--base-url" -> baseUrl = Optional.of(requireValue(args, ++i, arg));
                case "--port" -> port = toPort(requireValue(args, ++i, arg));
                case "--export" -> exportId = Optional.of(requireValue(args, ++i, arg));
                case "--format" -> format = Optional.of(requireValue(args, ++i, arg));
                case "--out" -> out = Optional.of(toPath(arg, requireValue(args, ++i, arg)));
                case "--check" -> {
                    check = true;
                    // The ids (or links) that follow, up to the next option.
                    while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                        String id = args.get(++i);
                        checkIds.add(ConversationIdParser.extract(id).orElse(id.strip()));
                    }
                }
                case "--assistant-file" -> assistantFile = Optional.of(toPath(arg, requireValue(args, ++i, arg)));
                case "--export-reviews" -> exportReviews = true;
                case "--since" -> since = Optional.of(requireValue(args, ++i, arg));
                case "--until" -> until = Optional.of(requireValue(args, ++i, arg));
                case "--reviewer" ->
                    reviewer = Optional.of(requireValue(args, ++i, arg).strip());
                case "--history" -> history = true;
                case "--redact" -> redact = true;
                case "--search" -> search = Optional.of(requireValue(args, ++i, arg));
                case "--sync" -> sync = true;
                case "--assistant" ->
                    assistant = Optional.of(requireValue(args, ++i, arg).strip());
                case "--channel" ->
                    channel = Optional.of(requireValue(args, ++i, arg).strip());
                case "--demo" -> demo = true;
                case "--serve-demo" -> serveDemo = true;
                case "--exit-after-first-page" -> exitAfterFirstPage = true;
                case "--help", "-h" -> help = true;
                case "--version", "-V" -> version = true;
                default ->
                    throw new UsageException(
                            arg.startsWith("-")
                                    ? "Unknown option " + arg + "."
                                    : "Unexpected argument " + arg + " (options start with --).");
            }
        }
        if (port != null && !serveDemo) {
            throw new UsageException("--port only applies to --serve-demo.");
        }
        if (baseUrl.isPresent()) {
            Optional<String> problem = BaseUrls.problem(baseUrl.get());
            if (problem.isPresent()) {
                throw new UsageException("--base-url " + baseUrl.get() + ": " + problem.get());
            }
        }
        if (conversation.isPresent() && file.isPresent()) {
            throw new UsageException("Give either --conversation or --file, not both.");
        }
        Optional<CheckRequest> checkRequest = checkRequest(check, checkIds, file, assistantFile, format);
        if (checkRequest.isPresent()) {
            if (exportId.isPresent() || out.isPresent() || conversation.isPresent() || serveDemo) {
                throw new UsageException("--check runs without a window; leave out --export, --out, --conversation"
                        + " and --serve-demo.");
            }
            format = Optional.empty();
        }
        Optional<LibraryRequest> library =
                libraryRequest(search, sync, since, until, assistant, channel, format, ZoneId.systemDefault());
        if (library.isPresent()) {
            if (exportId.isPresent()
                    || checkRequest.isPresent()
                    || exportReviews
                    || out.isPresent()
                    || conversation.isPresent()
                    || file.isPresent()
                    || serveDemo) {
                throw new UsageException((sync ? "--sync" : "--search") + " runs without a window; leave out"
                        + " --export, --check, --export-reviews, --out, --conversation, --file and --serve-demo.");
            }
            format = Optional.empty();
            if (sync) {
                since = Optional.empty();
                until = Optional.empty();
            }
        }
        Optional<ReviewExportRequest> reviewExport = reviewExportRequest(
                exportReviews, new ReviewChoices(since, until, reviewer, history), format, out, ZoneId.systemDefault());
        if (reviewExport.isPresent()) {
            if (exportId.isPresent()
                    || checkRequest.isPresent()
                    || conversation.isPresent()
                    || file.isPresent()
                    || serveDemo) {
                throw new UsageException("--export-reviews runs without a window; leave out --export, --check,"
                        + " --conversation, --file and --serve-demo.");
            }
            format = Optional.empty();
            out = Optional.empty();
        }
        Optional<ExportRequest> export = exportRequest(exportId, format, out, redact);
        if (export.isPresent() && (conversation.isPresent() || file.isPresent() || serveDemo)) {
            throw new UsageException(
                    "--export runs without a window; leave out --conversation, --file and" + " --serve-demo.");
        }
        return new StartupOptions(
                conversation,
                file,
                demo,
                baseUrl,
                serveDemo,
                port == null ? 0 : port,
                help,
                version,
                exitAfterFirstPage,
                export,
                checkRequest,
                reviewExport,
                library);
    }

    /** {@code --search QUERY [--format F]} or {@code --sync [--since D] [--until D] [--assistant ID] [--channel C]}. */
    private static Optional<LibraryRequest> libraryRequest(
            Optional<String> search,
            boolean sync,
            Optional<String> since,
            Optional<String> until,
            Optional<String> assistant,
            Optional<String> channel,
            Optional<String> format,
            ZoneId zone)
            throws UsageException {
        if (!sync && (assistant.isPresent() || channel.isPresent())) {
            throw new UsageException("--assistant and --channel only apply to --sync.");
        }
        if (search.isPresent() && sync) {
            throw new UsageException("Give either --search or --sync, not both.");
        }
        if (search.isPresent()) {
            boolean json = false;
            if (format.isPresent()) {
                if (!format.get().equals("json") && !format.get().equals("text")) {
                    throw new UsageException("--format for --search must be json or text, not " + format.get() + ".");
                }
                json = format.get().equals("json");
            }
            return Optional.of(LibraryRequest.search(search.get(), json));
        }
        if (!sync) {
            return Optional.empty();
        }
        if (format.isPresent()) {
            throw new UsageException("--format does not apply to --sync.");
        }
        Instant from = null;
        if (since.isPresent()) {
            from = ReviewDates.since(since.get(), zone).orElseThrow(() -> badDate("--since", since.get()));
        }
        Instant to = null;
        if (until.isPresent()) {
            to = ReviewDates.until(until.get(), zone).orElseThrow(() -> badDate("--until", until.get()));
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new UsageException("--since " + since.get() + " is not before --until " + until.get()
                    + ": no conversation could match.");
        }
        return Optional.of(LibraryRequest.sync(
                new SyncRequest(from, to, assistant.orElse(""), channel.orElse(""), "", "", "", "")));
    }

    /** What {@code --since}, {@code --until}, {@code --reviewer} and {@code --history} said. */
    private record ReviewChoices(
            Optional<String> since, Optional<String> until, Optional<String> reviewer, boolean history) {

        boolean any() {
            return since.isPresent() || until.isPresent() || reviewer.isPresent() || history;
        }
    }

    /**
     * {@code --export-reviews --out PATH} with its choices; the format may come from the file name's extension, a
     * day is read in {@code zone}.
     */
    private static Optional<ReviewExportRequest> reviewExportRequest(
            boolean asked, ReviewChoices choices, Optional<String> format, Optional<Path> out, ZoneId zone)
            throws UsageException {
        if (!asked) {
            if (choices.any()) {
                throw new UsageException("--since, --until, --reviewer and --history only apply to --export-reviews"
                        + " (--since and --until also to --sync).");
            }
            return Optional.empty();
        }
        if (out.isEmpty()) {
            throw new UsageException("--export-reviews needs --out PATH, the file to write.");
        }
        ReviewExportFormat chosen;
        if (format.isPresent()) {
            chosen = ReviewExportFormat.fromOptionName(format.get())
                    .orElseThrow(() -> new UsageException(
                            "--format for --export-reviews must be csv or json, not " + format.get() + "."));
        } else {
            chosen = ReviewExportFormat.fromFileName(out.get())
                    .orElseThrow(() -> new UsageException(
                            "--out " + out.get() + ": add --format csv or json (the file name does not say which)."));
        }
        Instant from = null;
        if (choices.since().isPresent()) {
            from = ReviewDates.since(choices.since().get(), zone)
                    .orElseThrow(() -> badDate("--since", choices.since().get()));
        }
        Instant to = null;
        if (choices.until().isPresent()) {
            to = ReviewDates.until(choices.until().get(), zone)
                    .orElseThrow(() -> badDate("--until", choices.until().get()));
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new UsageException("--since " + choices.since().get() + " is not before --until "
                    + choices.until().get() + ": no review could match.");
        }
        ReviewFilter filter = new ReviewFilter(from, to, choices.reviewer().orElse(null), !choices.history());
        return Optional.of(new ReviewExportRequest(filter, chosen, out.get()));
    }

    private static UsageException badDate(String option, String value) {
        return new UsageException(
                option + " must be a day (2026-03-01) or a moment (2026-03-01T09:30:00Z), not " + value + ".");
    }

    /** {@code --check ID [ID...]} or {@code --check --file PATH}, with {@code --assistant-file} and {@code --format}. */
    private static Optional<CheckRequest> checkRequest(
            boolean check, List<String> ids, Optional<Path> file, Optional<Path> assistantFile, Optional<String> format)
            throws UsageException {
        if (!check) {
            if (assistantFile.isPresent()) {
                throw new UsageException("--assistant-file only applies to --check.");
            }
            return Optional.empty();
        }
        if (ids.isEmpty() == file.isEmpty()) {
            throw new UsageException("--check needs conversation ids (--check ID [ID...]) or a transcript file"
                    + " (--check --file PATH), not both.");
        }
        boolean json = false;
        if (format.isPresent()) {
            if (!format.get().equals("json") && !format.get().equals("text")) {
                throw new UsageException("--format for --check must be json or text, not " + format.get() + ".");
            }
            json = format.get().equals("json");
        }
        return Optional.of(new CheckRequest(ids, assistantFile, json));
    }

    /** {@code --export ID --format F --out PATH}; the format may come from the file name's extension. */
    private static Optional<ExportRequest> exportRequest(
            Optional<String> id, Optional<String> format, Optional<Path> out, boolean redact) throws UsageException {
        if (id.isEmpty()) {
            if (redact) {
                throw new UsageException("--redact only applies to --export.");
            }
            if (format.isPresent() || out.isPresent()) {
                throw new UsageException("--format and --out only apply to --export and --export-reviews.");
            }
            return Optional.empty();
        }
        if (out.isEmpty()) {
            throw new UsageException("--export needs --out PATH, the file to write.");
        }
        ExportFormat chosen;
        if (format.isPresent()) {
            chosen = ExportFormat.fromOptionName(format.get())
                    .orElseThrow(
                            () -> new UsageException("--format must be json, md or html, not " + format.get() + "."));
        } else {
            chosen = ExportFormat.fromFileName(out.get())
                    .orElseThrow(() -> new UsageException("--out " + out.get()
                            + ": add --format json, md or html (the file name does not say which)."));
        }
        // A portal link or a log line works as well as the bare id, as in the window's id box.
        String conversationId =
                ConversationIdParser.extract(id.get()).orElse(id.get().strip());
        return Optional.of(new ExportRequest(conversationId, chosen, out.get(), redact));
    }

    private static String requireValue(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()
                || args.get(index).startsWith("--")
                || args.get(index).isBlank()) {
            throw new UsageException(option + " needs a value.");
        }
        return args.get(index);
    }

    private static Path toPath(String option, String value) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(option + ": not a valid path: " + value);
        }
    }

    private static int toPort(String value) throws UsageException {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new UsageException("--port must be between 0 and 65535, not " + value + ".");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--port must be a number, not " + value + ".");
        }
    }
}
