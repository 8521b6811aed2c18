package com.transcriptviewer.text;

/**
 * CSV cells (RFC 4180) that spreadsheets read safely: a cell is quoted when it holds a comma, a double quote (doubled
 * inside) or a line break. Other control characters (NUL, bell, escape...) become U+FFFD, since many CSV readers stop
 * or misread at them. Against spreadsheet formula injection (a cell "=HYPERLINK(...)" would run when the file is
 * opened in Excel, LibreOffice or Google Sheets), a text cell that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return gets a leading apostrophe, as OWASP advises: the spreadsheet then shows it as
 * text. Stateless.
 */
public final class CsvCells {

    private static final char REPLACEMENT = '\uFFFD';

    private CsvCells() {}

    /** A text cell: guarded against formulas, control characters replaced, quoted when it must be. */
    public static StringBuilder text(StringBuilder row, String value) {
        if (value.isEmpty()) {
            return row;
        }
        boolean formula = startsFormula(value.charAt(0));
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (quote) {
            row.append('"');
        }
        if (formula) {
            row.append('\'');
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                row.append("\"\"");
            } else if (isControl(c)) {
                row.append(REPLACEMENT);
            } else {
                row.append(c);
            }
        }
        if (quote) {
            row.append('"');
        }
        return row;
    }

    /** What makes a spreadsheet read a cell as a formula (or a DDE call): OWASP's list. */
    public static boolean startsFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** C0 controls and DEL, but not the tab and line breaks a note may hold. */
    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }
}
