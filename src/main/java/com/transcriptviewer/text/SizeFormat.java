package com.transcriptviewer.text;

import java.util.Locale;

/** Human-readable sizes and counts: "2.0 MB", "1,204". Binary units (1 KB = 1024 bytes), as file managers show. */
public final class SizeFormat {

    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private SizeFormat() {}

    /** "512 B", "1.5 KB", "2.0 MB". */
    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /** Size of a text as UTF-8 would store it, for labels like "Arguments: 2.0 MB". */
    public static String textSize(String text) {
        if (text == null) {
            return bytes(0);
        }
        long utf8 = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                utf8 += 1;
            } else if (c < 0x800) {
                utf8 += 2;
            } else if (Character.isHighSurrogate(c)) {
                utf8 += 4;
                i++;
            } else {
                utf8 += 3;
            }
        }
        return bytes(utf8);
    }

    /** "1,204" — grouped with commas regardless of the machine's locale, matching the rest of the UI text. */
    public static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
