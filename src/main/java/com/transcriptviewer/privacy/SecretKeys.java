package com.transcriptviewer.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the values of JSON keys that name a secret or personal data ({@code "cvv": "123"}, {@code "card_number":
 * ...}, {@code "dateOfBirth": ...}), at any depth, in JSON as written and in JSON inside a JSON string (a tool call's
 * arguments in a message's raw JSON, {@code \"pin\": \"1234\"}). A key is split into its words (snake, kebab and
 * camel case), so {@code pin} is found in {@code card_pin} but not in {@code shipping}. The whole value is hidden, a
 * string's quotes and a number's shape kept. Stateless and thread-safe.
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

    private static final Pattern PLAIN = Pattern.compile(
            "\"([A-Za-z0-9_ .\\-]{1,64})\"\\s*:\\s*(?:\"((?:[^\"\\\\\\n]|\\\\.)*)\"|(-?\\d[\\d.eE+\\-]*))");
    /** The same inside a JSON string: quotes escaped. */
    private static final Pattern ESCAPED = Pattern.compile(
            "\\\\\"([A-Za-z0-9_ .\\-]{1,64})\\\\\"\\s*:\\s*(?:\\\\\"((?:(?!\\\\\")[^\\n])*)\\\\\"|(-?\\d[\\d.eE+\\-]*))");

    private SecretKeys() {}

    static void find(String text, Consumer<Finding> sink) {
        if (text.indexOf(':') < 0 || text.indexOf('"') < 0) {
            return;
        }
        find(PLAIN.matcher(text), sink);
        if (text.indexOf('\\') >= 0) {
            find(ESCAPED.matcher(text), sink);
        }
    }

    private static void find(Matcher matcher, Consumer<Finding> sink) {
        while (matcher.find()) {
            if (!names(matcher.group(1))) {
                continue;
            }
            int group = matcher.group(2) != null ? 2 : 3;
            int start = matcher.start(group);
            int end = matcher.end(group);
            if (end > start) {
                sink.accept(new Finding(start, end, Finding.Kind.KEY_VALUE, MaskShape.whole(matcher.group(group))));
            }
        }
    }

    /** True when {@code key} names a secret or personal data. */
    static boolean names(String key) {
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
