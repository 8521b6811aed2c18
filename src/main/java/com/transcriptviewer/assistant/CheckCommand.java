package com.transcriptviewer.assistant;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.ToolCallChecks;
import com.transcriptviewer.source.ConversationLoad;
import com.transcriptviewer.source.ConversationLoader;
import com.transcriptviewer.source.TranscriptSource;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code --check}: loads each whole conversation and its assistant, checks every tool call against the assistant's
 * own tool definitions, and prints one line per call with a problem and a summary per conversation (or, with
 * {@code --format json}, one JSON object per conversation per line), for QA pipelines. The exit status says the
 * outcome: {@value #OK} no call has a problem, {@value #PROBLEMS} some call is invalid JSON, breaks its schema or
 * names an unknown function, {@value #LOAD_FAILED} a conversation could not be loaded.
 */
public final class CheckCommand {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int LOAD_FAILED = 3;

    private static final String PREFIX = "transcript-viewer: ";
    private static final JsonFactory JSON = new JsonFactory();

    /** One conversation to check: where it comes from and its id (a transcript file's name for a file). */
    public record Target(TranscriptSource source, String conversationId) {}

    private final ConversationLoader loader;
    private final ToolCallChecker checker;
    private final Optional<Resolution> assistantFile;
    private final Map<TelnyxClient, AssistantResolver> resolvers = new HashMap<>();

    /**
     * @param assistantFile the assistant to check every conversation against (from {@code --assistant-file}); empty
     *                      to use the one each conversation names
     */
    public CheckCommand(ConversationLoader loader, ToolCallChecker checker, Optional<Resolution> assistantFile) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.checker = Objects.requireNonNull(checker, "checker");
        this.assistantFile = Objects.requireNonNull(assistantFile, "assistantFile");
    }

    /** Checks every target in turn; returns the exit status. */
    public int run(List<Target> targets, boolean json, CancelToken cancel, PrintStream out, PrintStream err) {
        boolean problems = false;
        boolean failed = false;
        for (Target target : targets) {
            if (cancel.isCancelled()) {
                err.println(PREFIX + "check cancelled.");
                return LOAD_FAILED;
            }
            Optional<Checked> checked = check(target, cancel, err);
            if (checked.isEmpty()) {
                failed = true;
                continue;
            }
            problems |= checked.get().problems() > 0;
            if (json) {
                out.println(asJson(checked.get()));
            } else {
                printText(checked.get(), out);
            }
        }
        return failed ? LOAD_FAILED : problems ? PROBLEMS : OK;
    }

    private record Checked(
            String conversationId,
            List<Message> messages,
            Resolution resolution,
            ToolCallChecks checks,
            int problems) {}

    private Optional<Checked> check(Target target, CancelToken cancel, PrintStream err) {
        ConversationLoad load = loader.open(target.source(), target.conversationId());
        try (CancelToken.Registration stop = cancel.onCancel(load::cancel)) {
            CompletableFuture<Optional<Conversation>> header = load.header();
            List<Message> messages = load.remainingMessages(
                    wait -> err.println(PREFIX + "rate-limited by the API; retrying in " + wait.toSeconds() + " s."));
            Resolution resolution = resolve(target.source(), ConversationLoad.await(header), cancel);
            ToolCallChecks checks = ConversationChecks.check(messages, 0, resolution, checker);
            int problems = 0;
            for (List<ToolCallCheck> each : checks.byMessage().values()) {
                problems +=
                        (int) each.stream().filter(ToolCallCheck::hasProblem).count();
            }
            return Optional.of(new Checked(target.conversationId(), messages, resolution, checks, problems));
        } catch (ApiException e) {
            err.println(PREFIX
                    + (e.kind() == ErrorKind.CANCELLED
                            ? "check cancelled."
                            : "could not load conversation " + target.conversationId() + ": " + e.userMessage()));
            return Optional.empty();
        }
    }

    private Resolution resolve(TranscriptSource source, Optional<Conversation> header, CancelToken cancel) {
        if (assistantFile.isPresent()) {
            return assistantFile.get();
        }
        Optional<TelnyxClient> client = source.apiClient();
        if (client.isEmpty()) {
            return Resolution.none("a transcript file names no assistant; add --assistant-file PATH.");
        }
        if (header.isEmpty()) {
            return Resolution.none("the conversation's details could not be read.");
        }
        return resolvers.computeIfAbsent(client.get(), AssistantResolver::new).resolve(header.get(), cancel);
    }

    // ---- output --------------------------------------------------------------------------------------------------

    private static void printText(Checked checked, PrintStream out) {
        int calls = 0;
        for (int index = 0; index < checked.messages().size(); index++) {
            List<ToolCall> toolCalls = checked.messages().get(index).toolCalls();
            for (int call = 0; call < toolCalls.size(); call++) {
                calls++;
                ToolCallCheck check = checked.checks().of(index, call).orElseThrow();
                if (!check.hasProblem()) {
                    continue;
                }
                ToolCall toolCall = toolCalls.get(call);
                out.println(checked.conversationId() + " message " + index + " " + toolCall.functionName()
                        + (toolCall.id().isEmpty() ? "" : " (" + toolCall.id() + ")") + ": "
                        + check.status().wireName()
                        + problemsText(check));
            }
        }
        out.println(checked.conversationId() + ": " + calls + (calls == 1 ? " tool call, " : " tool calls, ")
                + checked.problems() + (checked.problems() == 1 ? " with a problem. " : " with problems. ")
                + checked.resolution().basis());
    }

    private static String problemsText(ToolCallCheck check) {
        StringBuilder text = new StringBuilder();
        for (ToolCallCheck.Problem problem : check.problems()) {
            text.append(text.length() == 0 ? " — " : "; ")
                    .append(problem.pointer().isEmpty() ? "(arguments)" : problem.pointer())
                    .append(' ')
                    .append(problem.message());
        }
        return text.toString();
    }

    /** The shape QA pipelines read: conversation, assistant (or null), and every call with its status and problems. */
    private static String asJson(Checked checked) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("conversation_id", checked.conversationId());
            Optional<AssistantDefinition> assistant = checked.resolution().assistant();
            if (assistant.isPresent()) {
                json.writeObjectFieldStart("assistant");
                json.writeStringField("id", assistant.get().id());
                json.writeStringField(
                        "version_id",
                        assistant.get().versionId().isEmpty()
                                ? null
                                : assistant.get().versionId());
                json.writeStringField("name", assistant.get().name());
                json.writeEndObject();
            } else {
                json.writeNullField("assistant");
            }
            json.writeStringField("basis", checked.resolution().basis());
            json.writeArrayFieldStart("tool_calls");
            for (int index = 0; index < checked.messages().size(); index++) {
                List<ToolCall> toolCalls = checked.messages().get(index).toolCalls();
                for (int call = 0; call < toolCalls.size(); call++) {
                    ToolCallCheck check = checked.checks().of(index, call).orElseThrow();
                    json.writeStartObject();
                    json.writeNumberField("message_index", index);
                    json.writeStringField("id", toolCalls.get(call).id());
                    json.writeStringField("function", toolCalls.get(call).functionName());
                    json.writeStringField("status", check.status().wireName());
                    json.writeArrayFieldStart("problems");
                    for (ToolCallCheck.Problem problem : check.problems()) {
                        json.writeStartObject();
                        json.writeStringField("pointer", problem.pointer());
                        json.writeStringField("message", problem.message());
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
