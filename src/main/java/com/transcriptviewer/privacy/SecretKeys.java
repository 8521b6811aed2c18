package com.transcriptviewer.privacy;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Finds the values of JSON keys that name a secret or personal data ({@code "cvv": "123"}, {@code "card_number":
 * ...}, {@code "dateOfBirth": ...}), at any depth, in JSON as written and in JSON inside a JSON string (a tool call's
 * arguments in a message's raw JSON, {@code \"pin\": \"1234\"}). A key is split into its words (snake, kebab and
 * camel case), so {@code pin} is found in {@code card_pin} but not in {@code shipping}. The whole value is hidden, a
 * string's quotes kept. The text is read once, left to right, without a regular expression: a long conversation
 * holds a great many keys. Thread-safe.
 */
final class SecretKeys {

    /** Words that make a key's value secret or personal. */
    static final Set<String> WORDS = Set.of(
            "card",
            "cvv",
            "cvc",
            "cvv2",
            "ssn",
            "password",
            "passwd",
            "passcode",
            "pin",
            "token",
            "secret",
            "dob",
            "birth",
            "birthday",
            "birthdate",
            "iban",
            "otp",
            "credential",
            "credentials",
            "email",
            "phone",
            "mobile",
            "msisdn",
            "apikey",
            "authorization",
            "social",
            "passport",
            "license",
            "licence");

    /** Keys that are secret only as a whole ("api_key" is, "key" alone is not). */
    private static final Set<String> WHOLE_KEYS =
            Set.of("apikey", "accesskey", "secretkey", "privatekey", "accountnumber", "routingnumber", "taxid");

    private static final int MAX_KEY = 64;
    private static final int MAX_REMEMBERED = 10_000;

    /** Whether each key names a secret, by key: conversations repeat the same few keys. */
    private static final Map<String, Boolean> NAMES = new ConcurrentHashMap<>();

    private SecretKeys() {}

    static void find(String text, Consumer<Finding> sink) {
        int colon = text.indexOf(':');
        while (colon >= 0) {
            int afterValue = valueAfter(text, colon, sink);
            colon = text.indexOf(':', Math.max(colon + 1, afterValue));
        }
    }

    /**
     * When the colon at {@code colon} follows a quoted key that names a secret, reports its value; returns where
     * searching goes on.
     */
    private static int valueAfter(String text, int colon, Consumer<Finding> sink) {
        int end = colon - 1;
        while (end >= 0 && Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        if (end < 1 || text.charAt(end) != '"') {
            return colon + 1;
        }
        boolean escaped = text.charAt(end - 1) == '\\';
        int keyEnd = escaped ? end - 1 : end;
        int keyStart = text.lastIndexOf('"', keyEnd - 1);
        if (keyStart < 0 || keyEnd - keyStart - 1 > MAX_KEY || keyEnd - keyStart - 1 < 1) {
            return colon + 1;
        }
        if (escaped != (keyStart > 0 && text.charAt(keyStart - 1) == '\\')) {
            return colon + 1;
        }
        if (!names(text.substring(keyStart + 1, keyEnd))) {
            return colon + 1;
        }
        int value = colon + 1;
        while (value < text.length() && Character.isWhitespace(text.charAt(value))) {
            value++;
        }
        if (value >= text.length()) {
            return value;
        }
        char first = text.charAt(value);
        if (escaped && first == '\\' && value + 1 < text.length() && text.charAt(value + 1) == '"') {
            // A string inside a string: it ends at the next \" (its own quotes are escaped twice).
            int close = text.indexOf("\\\"", value + 2);
            return report(text, value + 2, close, sink);
        }
        if (!escaped && first == '"') {
            int at = value + 1;
            while (at < text.length() && text.charAt(at) != '"' && text.charAt(at) != '\n') {
                at += text.charAt(at) == '\\' ? 2 : 1;
            }
            return report(text, value + 1, at < text.length() && text.charAt(at) == '"' ? at : -1, sink);
        }
        if (first == '-' || (first >= '0' && first <= '9')) {
            int at = value + 1;
            while (at < text.length() && "0123456789.eE+-".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            return report(text, value, at, sink);
        }
        return value;
    }

    private static int report(String text, int start, int end, Consumer<Finding> sink) {
        if (end < 0) {
            return start;
        }
        if (end > start) {
            sink.accept(new Finding(start, end, Finding.Kind.KEY_VALUE, MaskShape.whole(text.substring(start, end))));
        }
        return end + 1;
    }

    /** True when {@code key} names a secret or personal data. */
    static boolean names(String key) {
        Boolean known = NAMES.get(key);
        if (known == null) {
            known = wordsName(key);
            if (NAMES.size() >= MAX_REMEMBERED) {
                NAMES.clear();
            }
            NAMES.put(key, known);
        }
        return known;
    }

    private static boolean wordsName(String key) {
        String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        String[] words = spaced.split("[^a-z0-9]+");
        StringBuilder whole = new StringBuilder();
        for (String word : words) {
            if (WORDS.contains(word)) {
                return true;
            }
            whole.append(word);
        }
        return WHOLE_KEYS.contains(whole.toString()) || WORDS.contains(whole.toString());
    }
}
