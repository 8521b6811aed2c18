package com.transcriptviewer.transcript.find;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.transcript.find.FindMatch.Where;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TranscriptSearchTest {

    private static Message text(String text) {
        return new Message(Role.ASSISTANT, text, List.of(), Instant.EPOCH, null, Map.of());
    }

    private static Message calls(ToolCall... calls) {
        return new Message(Role.ASSISTANT, null, List.of(calls), Instant.EPOCH, null, Map.of());
    }

    private static List<FindMatch> find(List<Message> messages, String text, boolean matchCase, boolean wholeWord) {
        return TranscriptSearch.find(
                messages, 0, new SearchQuery(text, matchCase, wholeWord), Integer.MAX_VALUE, () -> false);
    }

    @Test
    void findsTextFunctionNamesAndArgumentsInTheOrderTheBubbleShowsThem() {
        List<Message> messages = List.of(
                text("Let me transfer you."),
                calls(
                        new ToolCall("c1", "function", "transfer", "{\"to\":\"transfer desk\"}"),
                        new ToolCall("c2", "function", "hangup", "{}")),
                text("nothing here"));

        assertThat(find(messages, "transfer", false, false))
                .containsExactly(
                        new FindMatch(0, Where.TEXT, -1, 7, 15),
                        new FindMatch(1, Where.FUNCTION_NAME, 0, 0, 8),
                        new FindMatch(1, Where.ARGUMENTS, 0, 7, 15));
    }

    @Test
    void numbersMatchesFromTheFirstIndexOfTheBatch() {
        List<FindMatch> found = TranscriptSearch.find(
                List.of(text("a"), text("b a")), 300, new SearchQuery("a", false, false), 100, () -> false);
        assertThat(found).extracting(FindMatch::messageIndex).containsExactly(300, 301);
    }

    @Test
    void ignoresCaseUnlessAskedAndKeepsOffsetsOfTheOriginalText() {
        List<Message> messages = List.of(text("Ticket TICKET ticket Straße"));

        assertThat(find(messages, "ticket", false, false))
                .extracting(FindMatch::start)
                .containsExactly(0, 7, 14);
        assertThat(find(messages, "ticket", true, false))
                .extracting(FindMatch::start)
                .containsExactly(14);
        assertThat(find(messages, "STRASSE", false, false))
                .as("no expansion that would shift offsets")
                .isEmpty();
        assertThat(find(messages, "STRAßE", false, false))
                .extracting(FindMatch::start)
                .containsExactly(21);
    }

    @Test
    void wholeWordNeedsABoundaryWhereTheQueryStartsOrEndsWithAWordCharacter() {
        List<Message> messages = List.of(text("call call_id recall call. _call (call)"));

        assertThat(find(messages, "call", false, true))
                .extracting(FindMatch::start)
                .containsExactly(0, 20, 33);
        assertThat(find(messages, "call", false, false)).hasSize(6);
        assertThat(find(messages, "(call", false, true))
                .as("no boundary needed before a bracket")
                .extracting(FindMatch::start)
                .containsExactly(32);
        assertThat(find(messages, "ll_", false, true))
                .as("the query starts inside a word")
                .isEmpty();
    }

    @Test
    void matchesDoNotOverlap() {
        assertThat(find(List.of(text("aaaa")), "aa", false, false))
                .extracting(FindMatch::start)
                .containsExactly(0, 2);
    }

    @Test
    void argumentsAreSearchedAsTheApiSentThem() {
        List<Message> messages = List.of(calls(new ToolCall("c", "function", "f", "{\"kind\":\"ticket\"}")));
        assertThat(find(messages, "\"kind\":\"ticket\"", true, false)).hasSize(1);
        assertThat(find(messages, "\"kind\": \"ticket\"", true, false))
                .as("offsets in the text as sent")
                .containsExactly(new FindMatch(0, Where.ARGUMENTS, 0, 1, 16));
    }

    @Test
    void stopsAtTheLimit() {
        List<FindMatch> found = TranscriptSearch.find(
                List.of(text("x x x"), text("x x")), 0, new SearchQuery("x", false, false), 4, () -> false);
        assertThat(found).hasSize(4);
        assertThat(found.get(3)).isEqualTo(new FindMatch(1, Where.TEXT, -1, 0, 1));
    }

    @Test
    void stopsWhenCancelled() {
        List<Message> many = java.util.Collections.nCopies(1_000, text("needle"));
        AtomicInteger asked = new AtomicInteger();
        List<FindMatch> found = TranscriptSearch.find(
                many, 0, new SearchQuery("needle", false, false), 10_000, () -> asked.incrementAndGet() > 2);
        assertThat(found.size()).isLessThan(1_000).isPositive();
    }

    @Test
    void anEmptyQueryFindsNothing() {
        assertThat(find(List.of(text("anything")), "", false, false)).isEmpty();
    }

    @Test
    void aQueryWrittenAsJsonFindsArgumentsAndJsonResultsHoweverTheyAreSpaced() {
        String compact = "{\"kind\":\"account\",\"ids\":[1,2]}";
        String spaced = "{\n  \"kind\" : \"account\",\n  \"ids\": [ 1, 2 ]\n}";
        List<Message> messages = List.of(
                calls(new ToolCall("c1", "function", "lookup", compact)),
                calls(new ToolCall("c2", "function", "lookup", spaced)),
                new Message(Role.TOOL, spaced, List.of(), Instant.EPOCH, null, Map.of()),
                text("The \"kind\":  \"account\" setting"));

        // Copied from a pretty-printed card; each match spans the original characters, spaces included. The
        // assistant's own words are not JSON: there, spacing still counts.
        assertThat(find(messages, "\"kind\": \"account\"", false, false))
                .containsExactly(
                        new FindMatch(0, Where.ARGUMENTS, 0, 1, 17),
                        new FindMatch(1, Where.ARGUMENTS, 0, 4, 22),
                        new FindMatch(2, Where.TEXT, -1, 4, 22));
        assertThat(find(messages, "\"ids\":[1,2]", false, false))
                .extracting(FindMatch::messageIndex)
                .containsExactly(0, 1, 2);
        // Case and whole words as for any query, judged on the original text.
        assertThat(find(messages, "\"KIND\": \"account\"", true, false)).isEmpty();
        assertThat(find(messages, "\"acc", false, true)).isEmpty();
        assertThat(find(messages, "\"account\"", false, true)).hasSize(4);
        // Words without JSON punctuation stay exact: spaces count.
        assertThat(find(
                        List.of(calls(new ToolCall("c3", "function", "f", "{\"city\":\"NewYork\"}"))),
                        "New York",
                        false,
                        false))
                .isEmpty();
    }
}
