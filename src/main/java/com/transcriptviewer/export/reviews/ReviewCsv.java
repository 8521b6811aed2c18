package com.transcriptviewer.export.reviews;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.text.CsvCells;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Reviews as CSV (RFC 4180): a header row, then one row per entry, oldest first, records ended by CRLF. Columns:
 * {@value #HEADER}. {@code message_index} is empty for the conversation as a whole; {@code labels} are joined with
 * {@code "; "}; {@code time} is ISO-8601 UTC; {@code check_status} is the definition check's status when the call was
 * judged ("ok", "schema_mismatch", ...), empty when unknown.
 *
 * <p>A cell is quoted when it holds a comma, a double quote (doubled inside) or a line break; notes keep their line
 * breaks. Other control characters (NUL, bell, escape...) become U+FFFD, since many CSV readers stop or misread at
 * them; the JSON export keeps them exactly. Against spreadsheet formula injection (a note "=HYPERLINK(...)" would run
 * when the file is opened in Excel, LibreOffice or Google Sheets), a text cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, as OWASP advises: the spreadsheet then
 * shows it as text. A reader that needs the exact text strips one leading apostrophe from such cells, or uses the
 * JSON export. Stateless and thread-safe.
 */
public final class ReviewCsv implements ReviewRenderer {

    static final String HEADER = "conversation_id,tool_call_id,item_key,message_index,function,verdict,note,labels,"
            + "reviewer,time,check_status,entry_id";
    private static final String EOL = "\r\n";

    @Override
    public void render(List<ReviewEntry> entries, Writer out) throws IOException {
        out.write(HEADER);
        out.write(EOL);
        StringBuilder row = new StringBuilder(256);
        for (ReviewEntry entry : ReviewFields.ordered(entries)) {
            ReviewItem item = entry.item();
            row.setLength(0);
            text(row, item.conversationId()).append(',');
            text(row, item.toolCallId()).append(',');
            text(row, item.key()).append(',');
            int index = ReviewFields.messageIndex(item);
            row.append(index < 0 ? "" : Integer.toString(index)).append(',');
            text(row, item.functionName()).append(',');
            row.append(ReviewFields.verdict(entry)).append(',');
            text(row, entry.note()).append(',');
            text(row, String.join("; ", entry.labels())).append(',');
            text(row, entry.reviewer()).append(',');
            row.append(ReviewFields.time(entry.savedAt())).append(',');
            text(row, entry.checkStatus() == null ? "" : entry.checkStatus()).append(',');
            text(row, entry.eventId()).append(EOL);
            // A row at a time: a 1 MB note is written once, not copied around a growing buffer.
            out.append(row);
        }
    }

    private static StringBuilder text(StringBuilder row, String value) {
        return CsvCells.text(row, value);
    }
}
