package com.transcriptviewer.transcript.bubble;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.text.SilenceGap;
import com.transcriptviewer.text.TextMarks;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.ToolResultPairing;
import com.transcriptviewer.text.json.FormattedJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Everything one chat bubble shows, derived once from a {@link Message}. Cheap to create (nothing is formatted
 * until asked), so a transcript can hold one per message and a reused cell just re-binds to another.
 */
public final class MessageBubbleViewModel {

    /** Tooltip on a tool result's label: why the pairing may be wrong. */
    public static final String PAIRING_NOTE =
            "Paired with the nearest preceding unanswered call; the API does not link results to calls";

    private final Message message;
    private final BubbleContext context;
    /** The text as last shown, and the mask it was shown through (masking is worked out once per mask). */
    private String shownText;

    private TextMask shownFor;
    private final ToolCall answeredCall;
    private final String timeText;
    private final String timeTooltip;
    private final String offsetText;
    private final List<ToolCallCardViewModel> toolCards;
    private final AsyncJsonFormat resultFormat;
    /** The result's JSON as privacy mode shows it, masked off the FX thread when long; and what was last made of it. */
    private final MaskedText resultMasked;

    private String resultFrom;
    private FormattedJson resultShown;
    private final Duration silenceBefore;
    private final ObjectProperty<TextMarks> textMarks = new SimpleObjectProperty<>(this, "textMarks", TextMarks.NONE);
    private final ReadOnlyBooleanWrapper hasProblem = new ReadOnlyBooleanWrapper(this, "hasProblem", false);

    /**
     * @param firstMessageTime display time of the transcript's first message (offsets count from it); may be null
     * @param answeredCall for a tool result, the call it was paired with (see {@link ToolResultPairing}); may be null
     */
    public MessageBubbleViewModel(
            Message message, Instant firstMessageTime, ToolCall answeredCall, BubbleContext context) {
        this(message, firstMessageTime, answeredCall, context, null);
    }

    /** @param silenceBefore time since the previous message (see {@link SilenceGap}); null for none or unknown */
    public MessageBubbleViewModel(
            Message message,
            Instant firstMessageTime,
            ToolCall answeredCall,
            BubbleContext context,
            Duration silenceBefore) {
        this.silenceBefore = silenceBefore;
        this.message = Objects.requireNonNull(message, "message");
        this.context = context;
        this.answeredCall = answeredCall;
        TimeFormat time = context.timeFormat();
        this.timeText = time.absolute(message.displayTime());
        this.timeTooltip = time.tooltip(message.sentAt(), message.createdAt());
        this.offsetText = TimeFormat.offset(firstMessageTime, message.displayTime());
        List<ToolCall> calls = message.toolCalls();
        List<ToolCallCardViewModel> cards = new ArrayList<>(calls.size());
        for (int position = 0; position < calls.size(); position++) {
            cards.add(new ToolCallCardViewModel(calls.get(position), context, position));
        }
        this.toolCards = List.copyOf(cards);
        this.resultFormat = isToolResult() && looksLikeJson(message.text())
                ? new AsyncJsonFormat(message.text().strip(), context)
                : null;
        this.resultMasked = new MaskedText(context);
        if (!toolCards.isEmpty()) {
            InvalidationListener checked =
                    observable -> hasProblem.set(toolCards.stream().anyMatch(ToolCallCardViewModel::hasProblem));
            toolCards.forEach(card -> card.checkProperty().addListener(checked));
        }
    }

    public Message message() {
        return message;
    }

    public Role.Kind roleKind() {
        return message.role().kind();
    }

    /** The role in words; unknown roles show the raw name the API sent. */
    public String roleLabel() {
        return switch (roleKind()) {
            case ASSISTANT -> "Assistant";
            case USER -> "User";
            case TOOL -> "Tool result";
            case UNKNOWN ->
                message.role().rawName().isBlank()
                        ? "(no role)"
                        : message.role().rawName();
        };
    }

    /** CSS class next to {@code bubble}: assistant, user, tool or unknown. */
    public String roleStyleClass() {
        return switch (roleKind()) {
            case ASSISTANT -> "assistant";
            case USER -> "user";
            case TOOL -> "tool";
            case UNKNOWN -> "unknown";
        };
    }

    /**
     * The message text as shown, never null: through the current mask (privacy mode), which keeps its length, so
     * find marks made on {@link #realText()} fall on the same characters. Shown literally (markup is never
     * interpreted).
     */
    public String text() {
        TextMask mask = context.mask().get();
        if (mask != shownFor) {
            shownText = mask.apply(realText());
            shownFor = mask;
        }
        return shownText;
    }

    /** The message text as sent, never null: what find searches. */
    public String realText() {
        return message.text() == null ? "" : message.text();
    }

    /** The mask texts are shown through now. */
    public TextMask mask() {
        return context.mask().get();
    }

    /** Reveals the item of personal data at char {@code index} of the text, if one is there (privacy mode). */
    public void revealAt(int index) {
        revealIn(realText(), index);
    }

    /** Reveals the item of personal data at {@code index} of {@code realText}, one of this message's texts. */
    public void revealIn(String realText, int index) {
        context.mask().reveal(realText, index);
    }

    /**
     * The tool result's formatted JSON as shown (see {@link #resultFormat()}): masked, its colours where they were;
     * null until formatted, and while a long result is masked off the FX thread (see {@link #resultMaskingProperty()}).
     */
    public FormattedJson shownResult() {
        FormattedJson real = resultFormat == null ? null : resultFormat.getFormatted();
        if (real == null || !context.mask().get().isActive()) {
            return real;
        }
        String shown = resultMasked.shown(real.text());
        if (shown == null) {
            return null;
        }
        if (shown != resultFrom) {
            resultShown =
                    shown.equals(real.text()) ? real : new FormattedJson(shown, real.highlights(), real.lineCount());
            resultFrom = shown;
        }
        return resultShown;
    }

    /** True while a long tool result is masked off the FX thread (privacy mode); shown once this turns false. */
    public ReadOnlyBooleanProperty resultMaskingProperty() {
        return resultMasked.pendingProperty();
    }

    public boolean hasText() {
        return message.hasText();
    }

    /** Display time: sent_at, falling back to created_at. */
    public String timeText() {
        return timeText;
    }

    /** Both timestamps, for the time label's tooltip. */
    public String timeTooltip() {
        return timeTooltip;
    }

    /** "+02:15" from the first message; empty when either time is missing. */
    public String offsetText() {
        return offsetText;
    }

    public List<ToolCallCardViewModel> toolCards() {
        return toolCards;
    }

    /** Space on a selected message: expands every card when any is collapsed, else collapses them all. */
    public void toggleCards() {
        boolean expand = toolCards.stream().anyMatch(card -> !card.isExpanded());
        toolCards.forEach(card -> card.setExpanded(expand));
    }

    public boolean isToolResult() {
        return roleKind() == Role.Kind.TOOL;
    }

    /** "Result of transfer (call_123)", or a note that no call precedes it; empty for non-tool messages. */
    public String resultLabel() {
        if (!isToolResult()) {
            return "";
        }
        if (answeredCall == null) {
            return "Result of an unknown call (no unanswered call precedes it)";
        }
        String name = answeredCall.functionName().isBlank() ? "(unnamed function)" : answeredCall.functionName();
        return answeredCall.id().isBlank() ? "Result of " + name : "Result of " + name + " (" + answeredCall.id() + ")";
    }

    /** Time since the previous message's display time; null for the first message or when a time is missing. */
    public Duration silenceBefore() {
        return silenceBefore;
    }

    public ToolCall answeredCall() {
        return answeredCall;
    }

    /** True for a tool result whose text looks like a JSON object or array (it may still turn out invalid). */
    public boolean hasJsonResult() {
        return resultFormat != null;
    }

    /** The tool result's JSON formatting; null unless {@link #hasJsonResult()}. The view starts it when shown. */
    public AsyncJsonFormat resultFormat() {
        return resultFormat;
    }

    /** True when the check of any of this message's tool calls found a problem; follows the checks as they arrive. */
    public ReadOnlyBooleanProperty hasProblemProperty() {
        return hasProblem.getReadOnlyProperty();
    }

    public boolean hasProblem() {
        return hasProblem.get();
    }

    /** True while any of this message's tool calls has not been checked yet. */
    public boolean hasUncheckedCalls() {
        return toolCards.stream().anyMatch(card -> card.getCheck() == null);
    }

    /** Find results in {@link #text()}: kept here so they survive cell reuse while the list scrolls. */
    public ObjectProperty<TextMarks> textMarksProperty() {
        return textMarks;
    }

    /** Drops the find marks on the text and on every tool card. */
    public void clearMarks() {
        textMarks.set(TextMarks.NONE);
        toolCards.forEach(ToolCallCardViewModel::clearMarks);
    }

    private static boolean looksLikeJson(String text) {
        if (text == null) {
            return false;
        }
        String stripped = text.strip();
        return (stripped.startsWith("{") && stripped.endsWith("}"))
                || (stripped.startsWith("[") && stripped.endsWith("]"));
    }
}
