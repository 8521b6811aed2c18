package com.transcriptviewer;

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
import com.transcriptviewer.source.FileTranscriptSource;
import com.transcriptviewer.source.TranscriptSource;
import java.io.PrintStream;
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
        return HeadlessSession.run("--export", "export from", options, env, err, true, session -> {
            TranscriptSource api = session.api().orElseThrow();
            return new ExportCommand(
                            session.loader(),
                            api,
                            new ConversationExporter(ZoneId.systemDefault(), Clock.systemDefaultZone()),
                            session.secrets(),
                            extras(api))
                    .run(request, session.cancel(), out, err);
        });
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
