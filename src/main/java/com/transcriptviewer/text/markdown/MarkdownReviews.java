package com.transcriptviewer.text.markdown;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.text.ConversationReviews;
import com.transcriptviewer.text.ReviewText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The QA reviewers' verdicts in the Markdown document: a "Review" section for the conversation as a whole (each
 * reviewer's verdict, labels, time and note), and under each tool call its reviewers' verdicts and notes. Notes are
 * the reviewers' text, escaped as message text is and quoted, so a note can never turn into a heading or a link.
 */
final class MarkdownReviews {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ZoneId zone;

    MarkdownReviews(ZoneId zone) {
        this.zone = zone;
    }

    /** The conversation's own verdicts, and those on calls no longer in the transcript. */
    void appendSection(StringBuilder out, ConversationReviews reviews) {
        out.append("## Review\n\n");
        if (reviews.conversation().isEmpty()) {
            out.append("No verdict on the conversation as a whole.\n\n");
        }
        for (ReviewEntry entry : reviews.conversation()) {
            appendEntry(out, entry, "");
        }
        if (!reviews.elsewhere().isEmpty()) {
            out.append("Verdicts on tool calls this transcript no longer holds:\n\n");
            for (ReviewEntry entry : reviews.elsewhere()) {
                appendEntry(out, entry, MarkdownTranscript.code(ReviewText.call(entry)) + ": ");
            }
        }
    }

    /** A call's verdicts, right under the call. */
    void appendCall(StringBuilder out, List<ReviewEntry> entries) {
        for (ReviewEntry entry : entries) {
            appendEntry(out, entry, "Review: ");
        }
    }

    private void appendEntry(StringBuilder out, ReviewEntry entry, String lead) {
        out.append(lead)
                .append("**")
                .append(ReviewText.verdict(entry.verdict()))
                .append("** by ")
                .append(MarkdownTranscript.escapeInline(entry.reviewer()))
                .append(" · ")
                .append(TIME.format(entry.savedAt().atZone(zone)));
        if (!entry.labels().isEmpty()) {
            out.append(" · Labels: ");
            List<String> labels = entry.labels();
            for (int i = 0; i < labels.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(MarkdownTranscript.code(labels.get(i)));
            }
        }
        out.append("\n\n");
        String note = entry.note().strip();
        if (!note.isEmpty()) {
            for (String line : MarkdownTranscript.escapeBlock(note).split("\n", -1)) {
                out.append(line.isEmpty() ? ">" : "> " + line).append('\n');
            }
            out.append('\n');
        }
    }
}
