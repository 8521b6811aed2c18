package com.transcriptviewer.analytics.view;

import com.transcriptviewer.analytics.AnalyticsCsv;
import com.transcriptviewer.analytics.AnalyticsQuery;
import com.transcriptviewer.analytics.AnalyticsReport;
import com.transcriptviewer.analytics.AnalyticsSource;
import com.transcriptviewer.analytics.AnalyticsText;
import com.transcriptviewer.analytics.CallRow;
import com.transcriptviewer.analytics.Figure;
import com.transcriptviewer.analytics.ToolCallAnalytics;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.concurrent.NewestRequest;
import com.transcriptviewer.export.AtomicFileWrite;
import com.transcriptviewer.export.WriteFailures;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.SizeFormat;
import com.transcriptviewer.text.TextMask;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tool-call analytics of the kept conversations: the query (days, assistant, version), the report for it, the
 * calls behind the figure the user clicked, and the CSV export. Reads run on the background pool; the newest query's
 * answer wins. Opening a call is the window's business: it is handed the call. In privacy mode the calls listed name
 * their conversations masked; the report and its CSV hold function names and figures only, which the mode leaves as
 * it leaves function names everywhere.
 */
public final class AnalyticsViewModel {

    /** The assistant choice that means every assistant. */
    public static final String ALL = "";

    private final AnalyticsSource source;
    private final FxExecutors executors;
    private final ZoneId zone;
    private final Consumer<CallRow> opener;
    private final NewestRequest reports;
    private final NewestRequest callLists;
    private final NewestRequest exports;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty assistant = new SimpleStringProperty(ALL);
    private final StringProperty version = new SimpleStringProperty(ALL);
    private final ObservableList<String> assistants = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> versions = FXCollections.observableArrayList(ALL);
    private Map<String, List<String>> versionsByAssistant = Map.of();

    private final ReadOnlyObjectWrapper<AnalyticsReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<ToolCallAnalytics.Calls> calls = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper callsStatus = new ReadOnlyStringWrapper("Click a figure to list its calls.");
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper maskRevision = new ReadOnlyIntegerWrapper(0);
    private final CurrentMask mask;
    private final Runnable stopMasking;

    public AnalyticsViewModel(AnalyticsSource source, FxExecutors executors, ZoneId zone, Consumer<CallRow> opener) {
        this(source, executors, zone, opener, new CurrentMask());
    }

    /**
     * @param mask privacy mode's mask: the calls listed are shown through it (their conversations' names), again
     *             whenever it changes
     */
    public AnalyticsViewModel(
            AnalyticsSource source, FxExecutors executors, ZoneId zone, Consumer<CallRow> opener, CurrentMask mask) {
        this.mask = Objects.requireNonNull(mask, "mask");
        this.stopMasking = mask.listen(now -> maskRevision.set(maskRevision.get() + 1));
        this.source = Objects.requireNonNull(source, "source");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.reports = new NewestRequest(executors.fx());
        this.callLists = new NewestRequest(executors.fx());
        this.exports = new NewestRequest(executors.fx());
        assistant.addListener((obs, old, now) -> {
            List<String> known = versionsByAssistant.getOrDefault(now == null ? ALL : now, List.of());
            versions.setAll(ALL);
            versions.addAll(known);
            version.set(ALL);
        });
    }

    /** Reads the assistants to choose from, then counts: when the view opens, and on Refresh. */
    public void refresh() {
        NewestRequest.Ticket ticket = reports.next();
        callLists.dropAll();
        AnalyticsQuery query = query();
        busy.set(true);
        status.set("Counting the kept tool calls…");
        executors.background().execute(() -> {
            Runnable answer;
            try {
                Map<String, List<String>> known = source.assistants();
                AnalyticsReport counted = source.report(query);
                answer = () -> {
                    showAssistants(known);
                    showReport(counted);
                };
            } catch (Exception e) {
                String why = "Couldn't count the kept tool calls: " + reason(e);
                answer = () -> {
                    busy.set(false);
                    status.set(why);
                };
            }
            ticket.apply(answer);
        });
    }

    /** Lists the calls behind a figure of the report on screen. */
    public void showCalls(Figure figure) {
        AnalyticsReport shown = report.get();
        if (shown == null) {
            return;
        }
        NewestRequest.Ticket ticket = callLists.next();
        AnalyticsQuery query = shown.query();
        callsStatus.set("Reading " + figure.title().toLowerCase(Locale.ROOT) + "…");
        executors.background().execute(() -> {
            Runnable answer;
            try {
                ToolCallAnalytics.Calls found = source.calls(query, figure);
                answer = () -> {
                    calls.set(found);
                    callsStatus.set(describe(found));
                };
            } catch (Exception e) {
                String why = "Couldn't read the calls: " + reason(e);
                answer = () -> callsStatus.set(why);
            }
            ticket.apply(answer);
        });
    }

    /** Opens the transcript at a listed call. */
    public void open(CallRow call) {
        if (call != null) {
            opener.accept(call);
        }
    }

    /** Writes the table on screen as CSV to {@code target}, atomically. */
    public void exportCsv(Path target) {
        AnalyticsReport shown = report.get();
        if (shown == null || target == null) {
            return;
        }
        Optional<String> problem = WriteFailures.precheck(target);
        if (problem.isPresent()) {
            exportStatus.set("Could not export: " + problem.get());
            return;
        }
        NewestRequest.Ticket ticket = exports.next();
        exportStatus.set("Writing " + target.getFileName() + "…");
        executors.background().execute(() -> {
            String said;
            try {
                long bytes = AtomicFileWrite.write(target, out -> AnalyticsCsv.write(shown, out), null);
                said = "Saved " + target.getFileName() + " (" + SizeFormat.bytes(bytes) + ").";
            } catch (IOException e) {
                said = WriteFailures.describe(target, e);
            }
            String outcome = said;
            ticket.apply(() -> exportStatus.set(outcome));
        });
    }

    /** "tool-calls 2026-03-01 to 2026-03-31.csv"; without days "tool-calls.csv". */
    public String suggestedFileName() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start == null && end == null) {
            return "tool-calls.csv";
        }
        String range = start == null ? "until " + end : end == null ? "from " + start : start + " to " + end;
        return "tool-calls " + range + ".csv";
    }

    /** The window closes: answers still on their way are dropped. */
    public void close() {
        stopMasking.run();
        reports.dropAll();
        callLists.dropAll();
        exports.dropAll();
    }

    AnalyticsQuery query() {
        return AnalyticsQuery.days(from.get(), to.get(), assistant.get(), version.get(), zone);
    }

    private void showAssistants(Map<String, List<String>> known) {
        versionsByAssistant = Map.copyOf(known);
        String chosen = assistant.get();
        String chosenVersion = version.get();
        assistants.setAll(ALL);
        assistants.addAll(known.keySet());
        if (chosen != null && !chosen.isEmpty() && !known.containsKey(chosen)) {
            assistants.add(chosen);
        }
        versions.setAll(ALL);
        versions.addAll(known.getOrDefault(chosen == null ? ALL : chosen, List.of()));
        if (chosenVersion != null && !chosenVersion.isEmpty() && !versions.contains(chosenVersion)) {
            versions.add(chosenVersion);
        }
        // Replacing a choice box's items clears its value, and through the binding the query's: choose again.
        assistant.set(chosen == null ? ALL : chosen);
        version.set(chosenVersion == null ? ALL : chosenVersion);
    }

    private void showReport(AnalyticsReport counted) {
        busy.set(false);
        report.set(counted);
        calls.set(null);
        callsStatus.set(counted.isEmpty() ? "" : "Click a figure to list its calls.");
        status.set(AnalyticsText.summary(counted));
    }

    private static String describe(ToolCallAnalytics.Calls found) {
        String title = found.figure().title();
        if (found.total() == 0) {
            return title + ": none.";
        }
        String shown = found.rows().size() < found.total()
                ? " (the first " + SizeFormat.count(found.rows().size()) + " shown)"
                : "";
        return title + ": " + SizeFormat.count(found.total()) + shown + ". Double-click one to open it.";
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "something unexpected went wrong." : message;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty assistantProperty() {
        return assistant;
    }

    public StringProperty versionProperty() {
        return version;
    }

    public ObservableList<String> assistants() {
        return assistants;
    }

    public ObservableList<String> versions() {
        return versions;
    }

    public ReadOnlyObjectProperty<AnalyticsReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<ToolCallAnalytics.Calls> callsProperty() {
        return calls.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty callsStatusProperty() {
        return callsStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }

    /** Privacy mode's mask now: what the call list shows a call's conversation name through. */
    public TextMask mask() {
        return mask.get();
    }

    /** {@code call}'s conversation as the list names it: its name through the mask, or its id when it has none. */
    public String conversationOf(CallRow call) {
        return call.conversationName().isBlank()
                ? call.conversationId()
                : mask.get().apply(call.conversationName());
    }

    /** Goes up whenever privacy mode is switched or an item revealed: the call list is shown again. */
    public ReadOnlyIntegerProperty maskRevisionProperty() {
        return maskRevision.getReadOnlyProperty();
    }
}
