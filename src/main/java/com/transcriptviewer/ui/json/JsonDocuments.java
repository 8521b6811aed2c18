package com.transcriptviewer.ui.json;

import com.transcriptviewer.text.json.JsonHighlights;
import com.transcriptviewer.text.json.JsonTokenKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.TextOps;

/**
 * Builds RichTextFX documents (paragraphs of style-classed segments) from formatter output. Pure data work with no
 * scene-graph access, so a megabyte document can be built on a background thread and handed to the area in one
 * {@code replace}.
 */
final class JsonDocuments {

    /** Document type of a {@code CodeArea}: paragraph style, segment, segment style. */
    static final class Doc {
        final ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document;
        final int paragraphs;

        Doc(ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document, int paragraphs) {
            this.document = document;
            this.paragraphs = paragraphs;
        }
    }

    private static final Collection<String> NO_STYLE = List.of();
    private static final Map<JsonTokenKind, Collection<String>> STYLES = new EnumMap<>(JsonTokenKind.class);

    static {
        for (JsonTokenKind kind : JsonTokenKind.values()) {
            STYLES.put(kind, List.of(kind.styleClass()));
        }
    }

    private JsonDocuments() {}

    /** Offset just past the end of line {@code lines} (exclusive of its newline), or the text length if shorter. */
    static int endOfFirstLines(String text, int lines) {
        int seen = 0;
        int index = -1;
        while (seen < lines) {
            index = text.indexOf('\n', index + 1);
            if (index < 0) {
                return text.length();
            }
            seen++;
        }
        return index;
    }

    /** The first {@code end} chars of {@code text} as a document; {@code highlights} may be null for plain text. */
    static Doc build(String text, JsonHighlights highlights, int end) {
        TextOps<String, Collection<String>> ops = SegmentOps.styledTextOps();
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(ops, NO_STYLE);
        int spanCount = highlights == null ? 0 : highlights.size();
        int span = 0;
        int lineStart = 0;
        int paragraphs = 0;
        while (true) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 || newline >= end ? end : newline;
            List<StyledSegment<String, Collection<String>>> segments = new ArrayList<>();
            int cursor = lineStart;
            while (span < spanCount && highlights.start(span) < lineEnd) {
                int from = Math.max(highlights.start(span), cursor);
                int to = Math.min(highlights.end(span), lineEnd);
                if (from > cursor) {
                    segments.add(new StyledSegment<>(text.substring(cursor, from), NO_STYLE));
                }
                if (to > from) {
                    segments.add(new StyledSegment<>(text.substring(from, to), STYLES.get(highlights.kind(span))));
                    cursor = to;
                }
                if (highlights.end(span) <= lineEnd) {
                    span++;
                } else {
                    break; // the span continues on the next line
                }
            }
            if (cursor < lineEnd) {
                segments.add(new StyledSegment<>(text.substring(cursor, lineEnd), NO_STYLE));
            }
            if (segments.isEmpty()) {
                segments.add(new StyledSegment<>("", NO_STYLE));
            }
            builder.addParagraph(segments);
            paragraphs++;
            if (lineEnd >= end) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        return new Doc(builder.build(), paragraphs);
    }
}
