package com.transcriptviewer.privacy;

import java.util.Collection;
import java.util.List;

/**
 * One item of personal data in a text: its range (chars, end exclusive), how it looks masked (same length), and what
 * kind it is in words ("phone number").
 */
public record MaskedItem(int start, int end, String masked, String kind) {

    /** The real value, read from the text the item was found in. */
    public String value(String text) {
        return text.substring(start, end);
    }

    /** {@code text} with {@code items} masked, except those whose value is among {@code revealed}. */
    static String apply(String text, List<MaskedItem> items, Collection<String> revealed) {
        if (items.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (MaskedItem item : items) {
            if (revealed.isEmpty() || !revealed.contains(item.value(text))) {
                item.masked().getChars(0, item.masked().length(), chars, item.start());
            }
        }
        return new String(chars);
    }
}
