package com.transcriptviewer.export;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.text.ConversationReviews;
import com.transcriptviewer.text.ReviewText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The QA reviewers' verdicts on the exported page: a "Review" section between the conversation's header and its
 * insights, with each reviewer's verdict on the conversation as a whole (a chip with a mark and a word, never colour
 * alone), labels, time and note; and under each tool call its reviewers' verdicts and notes. Everything the reviewers
 * typed is escaped.
 */
final class HtmlReviews {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ZoneId zone;

    HtmlReviews(ZoneId zone) {
        this.zone = zone;
    }

    void appendSection(StringBuilder html, ConversationReviews reviews) {
        html.append("<section class=\"review\">\n<h2>Review</h2>\n");
        if (reviews.conversation().isEmpty()) {
            html.append("<p class=\"review-state\">No verdict on the conversation as a whole.</p>\n");
        }
        for (ReviewEntry entry : reviews.conversation()) {
            html.append("<article class=\"review-entry\">\n");
            head(html, entry, "");
            labels(html, entry.labels());
            note(html, entry);
            html.append("</article>\n");
        }
        if (!reviews.elsewhere().isEmpty()) {
            html.append("<p class=\"review-state\">Verdicts on tool calls this transcript no longer holds:</p>\n")
                    .append("<ul class=\"call-reviews elsewhere\">\n");
            for (ReviewEntry entry : reviews.elsewhere()) {
                html.append("<li>");
                head(html, entry, ReviewText.call(entry));
                note(html, entry);
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    /** Under a tool card, beside its check's problems: seen without opening the card. */
    void appendCall(StringBuilder html, List<ReviewEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        html.append("<ul class=\"call-reviews\">\n");
        for (ReviewEntry entry : entries) {
            html.append("<li>");
            head(html, entry, "");
            note(html, entry);
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private void head(StringBuilder html, ReviewEntry entry, String about) {
        html.append("<div class=\"review-head\"><span class=\"verdict ")
                .append(ReviewText.kind(entry))
                .append("\">");
        Html.escape(html, ReviewText.verdict(entry.verdict()));
        html.append("</span>");
        if (!about.isEmpty()) {
            html.append("<code class=\"review-about\">");
            Html.escape(html, about);
            html.append("</code>");
        }
        html.append("<span class=\"reviewer\">");
        Html.escape(html, entry.reviewer());
        html.append("</span><time datetime=\"")
                .append(DateTimeFormatter.ISO_INSTANT.format(entry.savedAt()))
                .append("\">")
                .append(TIME.format(entry.savedAt().atZone(zone)))
                .append("</time></div>");
    }

    private static void labels(StringBuilder html, List<String> labels) {
        if (labels.isEmpty()) {
            return;
        }
        html.append("<ul class=\"labels\" aria-label=\"Labels\">");
        for (String label : labels) {
            html.append("<li>");
            Html.escape(html, label);
            html.append("</li>");
        }
        html.append("</ul>\n");
    }

    private static void note(StringBuilder html, ReviewEntry entry) {
        String note = entry.note().strip();
        if (note.isEmpty()) {
            return;
        }
        html.append("<div class=\"review-note\">");
        Html.escape(html, note);
        html.append("</div>");
    }
}
