package com.transcriptviewer.privacy;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the personal data with a fixed shape: payment card numbers (13 to 19 digits that pass the Luhn check, so an
 * order or booking number stays), IBANs (that pass the mod-97 check), US social security numbers (written with dashes
 * or spaces, in the ranges the SSA issues) and e-mail addresses. Stateless and thread-safe.
 */
final class DataPatterns {

    private static final Pattern CARD = Pattern.compile("(?<![\\d.,])\\d(?:[ -]?\\d){12,18}(?![\\d])");
    private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}\\b");
    private static final Pattern SSN =
            Pattern.compile("(?<![\\d-])(?!000|666|9\\d\\d)\\d{3}([- ])(?!00)\\d{2}\\1(?!0000)\\d{4}(?![\\d-])");
    /** An e-mail address's domain, read from just after its "@". */
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private DataPatterns() {}

    /** Every card number, IBAN, SSN and e-mail address in {@code text}, each kind in text order. */
    static void find(String text, Consumer<Finding> sink) {
        int longest = longestDigitRun(text);
        if (longest >= 13) {
            cards(text, sink);
        }
        if (longest >= 2 && hasIbanStart(text)) {
            ibans(text, sink);
        }
        if (longest >= 9) {
            Matcher ssn = SSN.matcher(text);
            while (ssn.find()) {
                sink.accept(
                        new Finding(ssn.start(), ssn.end(), Finding.Kind.SSN, MaskShape.keeping(ssn.group(), 0, 4)));
            }
        }
        if (text.indexOf('@') >= 0) {
            emails(text, sink);
        }
    }

    /**
     * E-mail addresses, from each "@": the name is every name character right before it, the domain is read after it.
     * The same addresses as the pattern {@code [A-Za-z0-9._%+-]+@} and the domain's would find, without the pattern:
     * it would try each start of a long run of letters (a base64 blob in the arguments) against the whole run, which
     * takes seconds for a few thousand characters.
     */
    private static void emails(String text, Consumer<Finding> sink) {
        Matcher domain = DOMAIN.matcher(text);
        int free = 0;
        int at = text.indexOf('@');
        while (at >= 0) {
            int start = at;
            while (start > free && isNameChar(text.charAt(start - 1))) {
                start--;
            }
            if (start < at
                    && at + 1 < text.length()
                    && domain.region(at + 1, text.length()).lookingAt()) {
                int end = domain.end();
                String masked = MaskShape.keeping(text.substring(start, at), 1, 0) + text.substring(at, end);
                sink.accept(new Finding(start, end, Finding.Kind.EMAIL, masked));
                free = end;
            }
            at = text.indexOf('@', Math.max(at + 1, free));
        }
    }

    /** What the name of an e-mail address (before the "@") is written with. */
    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '.'
                || c == '_'
                || c == '%'
                || c == '+'
                || c == '-';
    }

    private static void cards(String text, Consumer<Finding> sink) {
        Matcher card = CARD.matcher(text);
        while (card.find()) {
            String digits = digitsOf(card.group());
            if (luhnValid(digits) && !sameDigit(digits)) {
                sink.accept(new Finding(
                        card.start(), card.end(), Finding.Kind.CARD, MaskShape.keeping(card.group(), 0, 4)));
            }
        }
    }

    private static void ibans(String text, Consumer<Finding> sink) {
        Matcher iban = IBAN.matcher(text);
        while (iban.find()) {
            // The pattern may run on into a following word in capitals: shorten it until the check passes.
            String value = iban.group();
            while (value.length() >= 15) {
                String compact = value.replace(" ", "");
                if (compact.length() >= 15 && compact.length() <= 34 && ibanValid(compact)) {
                    int start = iban.start();
                    sink.accept(new Finding(
                            start, start + value.length(), Finding.Kind.IBAN, MaskShape.keeping(value, 2, 4)));
                    break;
                }
                value = value.substring(0, value.length() - 1).stripTrailing();
            }
        }
    }

    /** The Luhn check of card numbers: a mistyped digit or an order number fails it (most do). */
    static boolean luhnValid(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** ISO 13616: the country and check digits moved to the end, letters as 10 to 35, the number mod 97 is 1. */
    static boolean ibanValid(String compact) {
        String moved = compact.substring(4) + compact.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < moved.length(); i++) {
            char c = moved.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                value = c - 'A' + 10;
            } else {
                return false;
            }
            remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
        }
        return remainder == 1;
    }

    static String digitsOf(String value) {
        StringBuilder digits = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** "0000 0000 0000 0000" passes Luhn but is a placeholder, not a card. */
    private static boolean sameDigit(String digits) {
        return digits.chars().distinct().count() == 1;
    }

    /**
     * The most digits in one stretch of digits and the separators numbers are written with (a cheap test before a
     * pattern runs: a card needs 13, an SSN 9, a phone number 7).
     */
    static int longestDigitRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                run++;
                longest = Math.max(longest, run);
            } else if (!(c == ' '
                    || c == '-'
                    || c == '.'
                    || c == '('
                    || c == ')'
                    || c == '/'
                    || c == '+'
                    || c == '\u00A0')) {
                run = 0;
            }
        }
        return longest;
    }

    /** Two capitals and two digits, as every IBAN begins. */
    private static boolean hasIbanStart(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char d = text.charAt(i + 1);
                char e = text.charAt(i + 2);
                char f = text.charAt(i + 3);
                if (d >= 'A' && d <= 'Z' && e >= '0' && e <= '9' && f >= '0' && f <= '9') {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when {@code text} has at least {@code count} digits in all (a cheap test before a pattern runs). */
    static boolean hasDigitRun(String text, int count) {
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && ++seen >= count) {
                return true;
            }
        }
        return false;
    }
}
