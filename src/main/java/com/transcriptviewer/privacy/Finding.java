package com.transcriptviewer.privacy;

/**
 * One piece of personal data found in a text: where it lies (chars, end exclusive), what kind it is, and how it looks
 * masked: {@code masked} has the same length as the range, with a bullet for each hidden character and the shape and
 * hint (separators, a country code, the last digits) kept.
 */
record Finding(int start, int end, Kind kind, String masked) {

    enum Kind {
        /** The value of a JSON key that names a secret or personal data ({@code "cvv": "123"}). */
        KEY_VALUE,
        CARD,
        IBAN,
        SSN,
        EMAIL,
        PHONE
    }

    Finding {
        if (start < 0 || end <= start || masked.length() != end - start) {
            throw new IllegalArgumentException("bad finding " + start + ".." + end + " " + masked.length());
        }
    }

    boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }
}
