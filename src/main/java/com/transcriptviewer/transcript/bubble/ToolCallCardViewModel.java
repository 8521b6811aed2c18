package com.transcriptviewer.transcript.bubble;

import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.text.SizeFormat;
import com.transcriptviewer.text.TextMarks;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.text.ToolKind;
import com.transcriptviewer.text.json.FormattedJson;
import com.transcriptviewer.text.json.JsonFormatter;
import com.transcriptviewer.text.json.JsonPointerRanges;
import com.transcriptviewer.text.json.JsonSyntaxError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * State of one tool-call card: what the collapsed row says, whether it is expanded or in raw mode, the
 * pretty-printed arguments, which are formatted off the FX thread the first time the card is expanded, and the
 * call's check against its assistant's tool definitions, which arrives later (see {@link #checkProperty()}).
 */
public final class ToolCallCardViewModel {

    /** Preview length in chars for the collapsed row; the label ellipsises further if the row is narrower. */
    public static final int PREVIEW_CHARS = 160;

    /** The preview while long arguments are being masked (privacy mode). */
    static final String MASKING_PREVIEW = "…";

    private final ToolCall call;
    private final int position;
    /** True when an earlier call of the conversation has the same id (see {@link #markIdRepeated()}). */
    private boolean idRepeated;

    private final AsyncJsonFormat format;
    private final BubbleContext context;
    private final String preview;
    /** The arguments as sent and pretty-printed, as privacy mode shows them: masked off the FX thread when long. */
    private final MaskedText maskedRaw;

    private final MaskedText maskedFormatted;
    private final BooleanBinding masking;
    /** The masked texts the preview and the formatted JSON were last made from (each worked out once per mask). */
    private String previewFrom;

    private String maskedPreview;
    private String formattedFrom;
    private FormattedJson formattedShown;
    private String argumentsSize;
    private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded", false);
    private final BooleanProperty raw = new SimpleBooleanProperty(this, "raw", false);
    private final BooleanBinding showingRaw;
    private final StringBinding errorText;
    private final ObjectProperty<TextMarks> nameMarks = new SimpleObjectProperty<>(this, "nameMarks", TextMarks.NONE);
    private final ObjectProperty<TextMarks> argumentMarks =
            new SimpleObjectProperty<>(this, "argumentMarks", TextMarks.NONE);
    private final ObjectProperty<ToolCallCheck> check = new SimpleObjectProperty<>(this, "check");
    private final BooleanProperty definitionShown = new SimpleBooleanProperty(this, "definitionShown", false);
    /** Where the check's problems lie in the text they were last worked out for (see {@link #problemRanges()}). */
    private List<Optional<TextMarks.Range>> problemRanges = List.of();

    private ToolCallCheck rangesForCheck;
    private String rangesForText;

    public ToolCallCardViewModel(ToolCall call, BubbleContext context) {
        this(call, context, 0);
    }

    /** @param position the call's 0-based place among its message's calls */
    public ToolCallCardViewModel(ToolCall call, BubbleContext context, int position) {
        this.call = Objects.requireNonNull(call, "call");
        this.position = position;
        this.context = context;
        this.format = new AsyncJsonFormat(call.arguments(), context);
        this.preview = JsonFormatter.oneLinePreview(call.arguments(), PREVIEW_CHARS);
        this.maskedRaw = new MaskedText(context);
        this.maskedFormatted = new MaskedText(context);
        this.masking = maskedRaw.pendingProperty().or(maskedFormatted.pendingProperty());
        expanded.addListener((obs, was, now) -> {
            if (now) {
                format.start();
            }
        });
        showingRaw = raw.or(Bindings.equal(format.stateProperty(), FormatState.INVALID));
        errorText = Bindings.createStringBinding(
                () -> format.getError() == null ? "" : format.getError().message(), format.errorProperty());
    }

    public ToolCall toolCall() {
        return call;
    }

    /** The function name, or a placeholder when the API sent none. */
    public String functionName() {
        return call.functionName().isBlank() ? "(unnamed function)" : call.functionName();
    }

    /**
     * The one-line preview of the arguments, as shown: through the current mask (privacy mode); "…" while long
     * arguments are masked off the FX thread.
     */
    public String preview() {
        if (preview.isEmpty()) {
            return "(no arguments)";
        }
        if (!context.mask().get().isActive()) {
            return preview;
        }
        String shown = maskedRaw.shown(call.arguments());
        if (shown == null) {
            return MASKING_PREVIEW;
        }
        if (shown != previewFrom) {
            maskedPreview = JsonFormatter.oneLinePreview(shown, PREVIEW_CHARS);
            previewFrom = shown;
        }
        return maskedPreview;
    }

    /**
     * The arguments as sent, as shown: through the current mask, the same length; null while long arguments are
     * masked off the FX thread (see {@link #maskingProperty()}).
     */
    public String shownRaw() {
        return maskedRaw.shown(call.arguments());
    }

    /**
     * The pretty-printed arguments as shown: masked, their colours where they were; null until formatted, and while
     * long arguments are masked off the FX thread (see {@link #maskingProperty()}).
     */
    public FormattedJson shownFormatted() {
        FormattedJson real = format.getFormatted();
        if (real == null || !context.mask().get().isActive()) {
            return real;
        }
        String shown = maskedFormatted.shown(real.text());
        if (shown == null) {
            return null;
        }
        if (shown != formattedFrom) {
            // The same length, so the colour spans of the real text fit the masked one.
            formattedShown =
                    shown.equals(real.text()) ? real : new FormattedJson(shown, real.highlights(), real.lineCount());
            formattedFrom = shown;
        }
        return formattedShown;
    }

    /**
     * True while privacy mode's mask is applied to long arguments off the FX thread (the first time they are shown
     * through a new mask); the card shows its progress meanwhile and the masked text when this turns false.
     */
    public BooleanBinding maskingProperty() {
        return masking;
    }

    /**
     * Reveals the item of personal data at char {@code index} of the arguments as the card shows them (as sent when
     * {@code raw}, else pretty-printed), if one is there (privacy mode).
     */
    public void revealAt(boolean raw, int index) {
        FormattedJson real = format.getFormatted();
        String text = raw || real == null ? call.arguments() : real.text();
        context.mask().reveal(text, index);
    }

    /** The mask texts are shown through now. */
    public TextMask mask() {
        return context.mask().get();
    }

    /** The arguments as sent, masked now even if that takes a while: for a copy asked for while they are masked. */
    private String rawNow() {
        String shown = shownRaw();
        return shown != null ? shown : context.mask().get().apply(call.arguments());
    }

    /** The pretty-printed arguments (formatted already), masked now even if that takes a while: for a copy. */
    private String formattedNow() {
        FormattedJson shown = shownFormatted();
        return shown != null
                ? shown.text()
                : context.mask().get().apply(format.getFormatted().text());
    }

    public String callId() {
        return call.id();
    }

    /** The call's 0-based place among its message's calls. */
    public int position() {
        return position;
    }

    /**
     * Says that an earlier call of the conversation has the same id: the conversation is assembled in order, so the
     * first call with an id keeps it and every later one is told apart by its place (see {@link ReviewItem}).
     */
    public void markIdRepeated() {
        idRepeated = true;
    }

    /** True when an earlier call of the conversation has the same id. */
    public boolean idRepeated() {
        return idRepeated;
    }

    /** What a verdict on this call is about, for the message at {@code messageIndex} of {@code conversationId}. */
    public ReviewItem reviewItem(String conversationId, int messageIndex) {
        return ReviewItem.toolCall(conversationId, messageIndex, position, call, idRepeated);
    }

    public ToolKind toolKind() {
        return ToolKind.ofFunctionName(call.functionName());
    }

    /** "2.0 MB" — shown when expanded so a reviewer knows why "Show all" is offered. */
    public String argumentsSize() {
        // Counting UTF-8 bytes walks the whole text: once per card, not on every re-bind while scrolling.
        if (argumentsSize == null) {
            argumentsSize = SizeFormat.textSize(call.arguments());
        }
        return argumentsSize;
    }

    public BooleanProperty expandedProperty() {
        return expanded;
    }

    public boolean isExpanded() {
        return expanded.get();
    }

    public void setExpanded(boolean value) {
        expanded.set(value);
    }

    public void toggleExpanded() {
        expanded.set(!expanded.get());
    }

    /** The user's "Raw" toggle. */
    public BooleanProperty rawProperty() {
        return raw;
    }

    /** True when the raw arguments are shown: raw mode, or the arguments are not valid JSON. */
    public BooleanBinding showingRawProperty() {
        return showingRaw;
    }

    public ReadOnlyObjectProperty<FormatState> stateProperty() {
        return format.stateProperty();
    }

    public FormatState getState() {
        return format.getState();
    }

    public ReadOnlyObjectProperty<FormattedJson> formattedProperty() {
        return format.formattedProperty();
    }

    public ReadOnlyObjectProperty<JsonSyntaxError> errorProperty() {
        return format.errorProperty();
    }

    /** "Not valid JSON: … at line 1, column 5 (offset 4)", or empty when valid or not yet known. */
    public StringBinding errorTextProperty() {
        return errorText;
    }

    /**
     * Hands the arguments pretty-printed to {@code sink} (exactly as sent when they are not valid JSON), formatting
     * them first if the card was never expanded: off the FX thread when large, with the result delivered on it.
     */
    public void prettyArguments(Consumer<String> sink) {
        Objects.requireNonNull(sink, "sink");
        if (deliverPretty(sink)) {
            return;
        }
        format.stateProperty().addListener(new ChangeListener<FormatState>() {
            @Override
            public void changed(ObservableValue<? extends FormatState> observable, FormatState old, FormatState now) {
                if (deliverPretty(sink)) {
                    observable.removeListener(this);
                }
            }
        });
        format.start();
    }

    private boolean deliverPretty(Consumer<String> sink) {
        FormatState state = format.getState();
        if (state == FormatState.DONE) {
            sink.accept(formattedNow());
        } else if (state == FormatState.INVALID) {
            sink.accept(rawNow());
        }
        return state == FormatState.DONE || state == FormatState.INVALID;
    }

    /**
     * What Copy puts on the clipboard: pretty JSON when shown pretty, otherwise the exact raw arguments; masked as
     * shown in privacy mode.
     */
    public String copyText() {
        if (showingRaw.get() || format.getFormatted() == null) {
            return rawNow();
        }
        return formattedNow();
    }

    /** Find results in the function name (offsets into {@code toolCall().functionName()}). */
    public ObjectProperty<TextMarks> nameMarksProperty() {
        return nameMarks;
    }

    /** Find results in the arguments, as offsets into the raw arguments; the view maps them onto what it shows. */
    public ObjectProperty<TextMarks> argumentMarksProperty() {
        return argumentMarks;
    }

    public void clearMarks() {
        nameMarks.set(TextMarks.NONE);
        argumentMarks.set(TextMarks.NONE);
    }

    // ---- the check -----------------------------------------------------------------------------------------------

    /**
     * What checking the call against its assistant's tool definitions found; null until it has been checked. Set on
     * the FX thread, after the bubbles are shown (the checks need the assistant, which loads on its own).
     */
    public ObjectProperty<ToolCallCheck> checkProperty() {
        return check;
    }

    public ToolCallCheck getCheck() {
        return check.get();
    }

    public void setCheck(ToolCallCheck value) {
        check.set(value);
    }

    /** True once checked and the check found the call itself wrong (invalid JSON, a schema problem, no such tool). */
    public boolean hasProblem() {
        ToolCallCheck value = check.get();
        return value != null && value.hasProblem();
    }

    /** Whether the expanded card shows the tool's definition; kept here so it survives cell reuse. */
    public BooleanProperty definitionShownProperty() {
        return definitionShown;
    }

    /**
     * Where each problem of the check lies in the arguments as the card shows them (pretty-printed, or as sent in raw
     * mode), in the check's order; empty for a problem that cannot be placed, and an empty list until the check and
     * valid formatted arguments are both there. Worked out once per check and text.
     */
    public List<Optional<TextMarks.Range>> problemRanges() {
        ToolCallCheck value = check.get();
        FormattedJson formatted = format.getFormatted();
        if (value == null || value.problems().isEmpty() || formatted == null) {
            return List.of();
        }
        String shown = showingRaw.get() ? call.arguments() : formatted.text();
        if (value != rangesForCheck || !shown.equals(rangesForText)) {
            List<Optional<TextMarks.Range>> ranges =
                    new ArrayList<>(value.problems().size());
            for (ToolCallCheck.Problem problem : value.problems()) {
                ranges.add(JsonPointerRanges.rangeOf(shown, problem.pointer()));
            }
            problemRanges = List.copyOf(ranges);
            rangesForCheck = value;
            rangesForText = shown;
        }
        return problemRanges;
    }

    /** The problems' ranges as marks, in text order, each once (two problems may be about one argument). */
    public TextMarks problemMarks() {
        List<TextMarks.Range> ranges = problemRanges().stream()
                .flatMap(Optional::stream)
                .distinct()
                .sorted(Comparator.comparingInt(TextMarks.Range::start).thenComparingInt(TextMarks.Range::end))
                .toList();
        return ranges.isEmpty() ? TextMarks.NONE : new TextMarks(ranges, -1);
    }
}
