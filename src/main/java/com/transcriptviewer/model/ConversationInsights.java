package com.transcriptviewer.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything Telnyx's insights concluded about one conversation: each insight's result (the newest for each insight)
 * and where the newest run stands. Immutable; for the insights panel and the exports.
 *
 * @param results one per insight, in the order they first appeared in the conversation's runs
 * @param state   whether there are insights at all, and whether the newest run is still going or failed
 */
public record ConversationInsights(List<InsightResult> results, State state) {

    /** Where a conversation's insights stand, as one line says it ({@link #describe()}). */
    public enum State {
        /** No insight was ever run on this conversation. */
        NONE,
        /** The newest run is pending or in progress. */
        PENDING,
        /** The newest run failed. */
        FAILED,
        /** The newest run completed. */
        COMPLETE
    }

    /** No insights: a conversation no insight ran on, a transcript file, or nothing loaded yet. */
    public static final ConversationInsights NONE = new ConversationInsights(List.of(), State.NONE);

    public ConversationInsights {
        results = results == null ? List.of() : List.copyOf(results);
        state = Objects.requireNonNullElse(state, State.NONE);
    }

    /** The state in one plain line. */
    public String describe() {
        return switch (state) {
            case NONE -> "No insights for this conversation.";
            case PENDING -> "Telnyx is still working on this conversation's insights.";
            case FAILED -> "Telnyx could not generate insights for this conversation.";
            case COMPLETE -> results.size() == 1 ? "1 insight." : results.size() + " insights.";
        };
    }

    public boolean isEmpty() {
        return results.isEmpty();
    }

    /**
     * The conversation's summary, for the line under its title: the first completed insight whose name says
     * "summary", else the first completed one from Telnyx's built-in templates; empty when none has a result.
     */
    public Optional<InsightResult> summary() {
        Optional<InsightResult> named = completed()
                .filter(r -> r.name().toLowerCase(Locale.ROOT).contains("summary"))
                .findFirst();
        return named.isPresent()
                ? named
                : completed().filter(InsightResult::defaultTemplate).findFirst();
    }

    private Stream<InsightResult> completed() {
        return results.stream()
                .filter(r -> r.status() == InsightResult.Status.COMPLETED)
                .filter(r -> !r.oneLine().isEmpty());
    }
}
