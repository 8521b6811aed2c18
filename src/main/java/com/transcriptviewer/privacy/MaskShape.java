package com.transcriptviewer.privacy;

/**
 * How a found value looks masked: every letter and digit becomes a bullet except the few kept as a hint, and
 * everything else (spaces, dashes, brackets, a plus, an at sign) stays, so the shape is kept and the length never
 * changes.
 */
final class MaskShape {

    static final char BULLET = '\u2022';

    private MaskShape() {}

    /**
     * Hides the letters and digits of {@code value} except its first {@code keepFirst} and last {@code keepLast} of
     * them (counting only letters and digits).
     */
    static String keeping(String value, int keepFirst, int keepLast) {
        int total = 0;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isLetterOrDigit(value.charAt(i))) {
                total++;
            }
        }
        char[] chars = value.toCharArray();
        int seen = 0;
        for (int i = 0; i < chars.length; i++) {
            if (Character.isLetterOrDigit(chars[i])) {
                if (seen >= keepFirst && seen < total - keepLast) {
                    chars[i] = BULLET;
                }
                seen++;
            }
        }
        return new String(chars);
    }

    /** Hides every character that is not white space (a secret's value keeps no hint). */
    static String whole(String value) {
        char[] chars = value.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (!Character.isWhitespace(chars[i])) {
                chars[i] = BULLET;
            }
        }
        return new String(chars);
    }
}
