package com.transcriptviewer.privacy;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Finds phone numbers with Google's libphonenumber, in any notation it knows ({@code +44 20 7946 0958}, {@code (312)
 * 555-0142}, {@code 0033 1 23 45 67 89}). A number written without its country code only means something in a
 * region, so each stretch of digits is tried in the regions given (the conversation's own numbers' first), then in a
 * few common ones, and the first region where it is a valid number wins. Only stretches with enough digits to be a
 * number (and not a date) go to the library, each text of them once, which keeps a long conversation fast.
 * Thread-safe.
 */
final class PhoneNumbers {

    /** Tried after the conversation's own regions. */
    static final List<String> COMMON_REGIONS = List.of("US", "GB", "DE", "FR", "IN");

    /** A date written with separators ("2025-05-20", "20.05.2025"), which no region dials. */
    private static final Pattern DATE =
            Pattern.compile("\\d{4}([-/.])\\d{1,2}\\1\\d{1,2}|\\d{1,2}([-/.])\\d{1,2}\\2\\d{4}");

    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 17;
    /** Above this many stretches remembered, the memory starts again. */
    private static final int MAX_REMEMBERED = 50_000;

    /** What each stretch held, by its text: a long conversation repeats the same numbers and references. */
    private final Map<String, List<Finding>> stretches = new ConcurrentHashMap<>();

    private final List<String> regions;

    /** @param preferredRegions region codes (ISO 3166, "US") tried first, in order */
    PhoneNumbers(List<String> preferredRegions) {
        Set<String> all = new LinkedHashSet<>(preferredRegions);
        all.addAll(COMMON_REGIONS);
        this.regions = List.copyOf(all);
    }

    /**
     * The library, loaded the first time a number is looked for: its set-up and the first regions' metadata take most
     * of a second, which a mask made on the FX thread must not pay (see {@link #warmUp}).
     */
    private static PhoneNumberUtil util() {
        return PhoneNumberUtil.getInstance();
    }

    /**
     * Loads the library and the common regions' metadata now, by looking for numbers in each: blocking, for a
     * background thread, so that the first text masked later does not wait for them.
     */
    static void warmUp() {
        // A stretch no region dials is tried in every one of them; a valid number loads the matcher's own tables.
        new PhoneNumbers(List.of()).find("Call 000 000 0000 or +1 312 555 0142.", finding -> {});
    }

    /** The region of a number written with its country code (an E.164 number, "+13125550142"), or null. */
    static String regionOf(String number) {
        if (number == null || !number.strip().startsWith("+")) {
            return null;
        }
        try {
            PhoneNumberUtil util = util();
            String region = util.getRegionCodeForNumber(util.parse(number.strip(), "ZZ"));
            return region == null || "ZZ".equals(region) ? null : region;
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            return null;
        }
    }

    void find(String text, Consumer<Finding> sink) {
        if (DataPatterns.longestDigitRun(text) < MIN_DIGITS) {
            return;
        }
        int at = 0;
        while (at < text.length()) {
            // A stretch: from a digit (with a "+" or "(" just before it) over digits and separators, to a digit.
            if (!isDigit(text.charAt(at))) {
                at++;
                continue;
            }
            int start = at > 0 && (text.charAt(at - 1) == '+' || text.charAt(at - 1) == '(') ? at - 1 : at;
            int end = at;
            int digits = 0;
            int lastDigit = at;
            while (end < text.length() && (isDigit(text.charAt(end)) || isSeparator(text.charAt(end)))) {
                if (isDigit(text.charAt(end))) {
                    digits++;
                    lastDigit = end;
                }
                end++;
            }
            at = end;
            end = lastDigit + 1;
            if (digits < MIN_DIGITS
                    || digits > MAX_DIGITS
                    || DATE.matcher(text.subSequence(start, end)).matches()) {
                continue;
            }
            // A little context before the stretch lets the library see a "+" or a letter glued to it.
            int from = Math.max(0, start - 1);
            String part = text.substring(from, end);
            List<Finding> known = stretches.get(part);
            if (known == null) {
                known = inStretch(part);
                if (stretches.size() >= MAX_REMEMBERED) {
                    stretches.clear();
                }
                stretches.put(part, known);
            }
            for (Finding found : known) {
                sink.accept(new Finding(found.start() + from, found.end() + from, found.kind(), found.masked()));
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What people write between the digits of a number. */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || c == '\u00A0';
    }

    private List<Finding> inStretch(String part) {
        List<Finding> found = new ArrayList<>(1);
        for (String region : regions) {
            for (PhoneNumberMatch match : util().findNumbers(part, region, PhoneNumberUtil.Leniency.VALID, 100)) {
                found.add(new Finding(
                        match.start(), match.end(), Finding.Kind.PHONE, masked(match.rawString(), match.number())));
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return found;
    }

    /**
     * Keeps the country code (as written: "+44" or "0044"), the group after it or the area code, and the last two
     * digits; hides the rest, at least five digits: {@code +1 312 ••• ••42}, {@code (312) •••-••42}.
     */
    static String masked(String raw, Phonenumber.PhoneNumber number) {
        List<Integer> groups = new ArrayList<>();
        int run = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isDigit(raw.charAt(i))) {
                run++;
            } else if (run > 0) {
                groups.add(run);
                run = 0;
            }
        }
        if (run > 0) {
            groups.add(run);
        }
        int total = groups.stream().mapToInt(Integer::intValue).sum();
        String stripped = raw.strip();
        String code = String.valueOf(number.getCountryCode());
        int prefix;
        if (stripped.startsWith("+") || stripped.startsWith("00" + code)) {
            int codeDigits = (stripped.startsWith("+") ? 0 : 2) + code.length();
            prefix = codeDigits + (groups.get(0) == codeDigits && groups.size() > 1 ? groups.get(1) : 3);
        } else {
            prefix = groups.size() > 1 ? groups.get(0) : 3;
        }
        prefix = Math.max(0, Math.min(prefix, total - 7));
        return MaskShape.keeping(raw, prefix, 2);
    }
}
