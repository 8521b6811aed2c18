package com.transcriptviewer.text.json;

import com.transcriptviewer.text.TextMarks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a JSON Pointer (RFC 6901) points in a JSON text, as a range to mark: so a check's problem ("/party_size
 * should be a whole number") can be marked on the argument it is about, in the text a card shows. Works on any
 * spacing (the card's pretty-printed text, or the raw arguments in raw mode) and walks the text without recursion,
 * so deep nesting cannot overflow the stack.
 *
 * <p>What is marked:
 *
 * <ul>
 *   <li>a property: its key, quotes included ({@code "party_size"}), which reads as "this argument";
 *   <li>an array item: its value (an item has no key);
 *   <li>{@code ""}: the whole value, which is the whole pretty-printed text;
 *   <li>a property that is not there (a missing required one), or a pointer that runs into a value it cannot go
 *       into: the deepest part that is there, marked as above, except that an object or array without a key of its
 *       own (the arguments themselves, an array item) is marked by its opening bracket alone. So a missing
 *       {@code /patient/email} marks the key {@code "patient"}, and a missing {@code /email} marks the first
 *       {@code {}.
 * </ul>
 *
 * <p>A pointer that is not a JSON Pointer (it does not start with "/") or a text that is not valid JSON gives no
 * range. Where an object repeats a key, the last one counts, as parsers read it. Stateless.
 */
public final class JsonPointerRanges {

    /** Array indexes longer than this are not in any text a card shows. */
    private static final int MAX_INDEX_DIGITS = 9;

    private JsonPointerRanges() {}

    /** The range {@code pointer} points at in {@code json} (see the class comment), or empty when there is none. */
    public static Optional<TextMarks.Range> rangeOf(String json, String pointer) {
        if (json == null || pointer == null || (!pointer.isEmpty() && pointer.charAt(0) != '/')) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(new Walk(json).resolve(segments(pointer)));
        } catch (Malformed e) {
            return Optional.empty();
        }
    }

    /** The pointer's reference tokens, unescaped ("~1" is "/", "~0" is "~"). */
    static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        if (pointer.isEmpty()) {
            return segments;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            segments.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }

    /** The text is not JSON where the walk needed it to be. */
    private static final class Malformed extends Exception {
        Malformed() {
            super(null, null, false, false);
        }
    }

    /** One walk down a text; {@code pos} is where it reads. */
    private static final class Walk {
        private final String json;
        private final int length;

        Walk(String json) {
            this.json = json;
            this.length = json.length();
        }

        TextMarks.Range resolve(List<String> segments) throws Malformed {
            int valueStart = skipSpace(0);
            if (valueStart >= length) {
                throw new Malformed();
            }
            int valueEnd = valueEnd(valueStart);
            // The key of the value the walk stands on, when it is an object member; -1 otherwise.
            int keyStart = -1;
            int keyEnd = -1;
            for (String segment : segments) {
                char open = json.charAt(valueStart);
                int[] member =
                        open == '{' ? property(valueStart, segment) : open == '[' ? item(valueStart, segment) : null;
                if (member == null) {
                    return anchor(keyStart, keyEnd, valueStart, valueEnd);
                }
                keyStart = member[0];
                keyEnd = member[1];
                valueStart = member[2];
                valueEnd = member[3];
            }
            return keyStart >= 0 ? new TextMarks.Range(keyStart, keyEnd) : new TextMarks.Range(valueStart, valueEnd);
        }

        /** The deepest part that is there: its key, or the opening bracket of a keyless object or array. */
        private static TextMarks.Range anchor(int keyStart, int keyEnd, int valueStart, int valueEnd) {
            if (keyStart >= 0) {
                return new TextMarks.Range(keyStart, keyEnd);
            }
            return new TextMarks.Range(valueStart, valueEnd - valueStart > 1 ? valueStart + 1 : valueEnd);
        }

        /** The member named {@code name} of the object at {@code at}: key start, key end, value start, value end. */
        private int[] property(int at, String name) throws Malformed {
            int[] found = null;
            int pos = skipSpace(at + 1);
            if (charAt(pos) == '}') {
                return null;
            }
            while (true) {
                if (charAt(pos) != '"') {
                    throw new Malformed();
                }
                int keyEnd = stringEnd(pos);
                boolean match = keyEquals(pos, keyEnd, name);
                int colon = skipSpace(keyEnd);
                if (charAt(colon) != ':') {
                    throw new Malformed();
                }
                int valueStart = skipSpace(colon + 1);
                int valueEnd = valueEnd(valueStart);
                if (match) {
                    found = new int[] {pos, keyEnd, valueStart, valueEnd};
                }
                pos = skipSpace(valueEnd);
                char next = charAt(pos);
                if (next == '}') {
                    return found;
                }
                if (next != ',') {
                    throw new Malformed();
                }
                pos = skipSpace(pos + 1);
            }
        }

        /** Item {@code index} of the array at {@code at}: -1, -1, value start, value end. */
        private int[] item(int at, String index) throws Malformed {
            int wanted = arrayIndex(index);
            int pos = skipSpace(at + 1);
            if (wanted < 0 || charAt(pos) == ']') {
                return null;
            }
            for (int i = 0; ; i++) {
                int valueEnd = valueEnd(pos);
                if (i == wanted) {
                    return new int[] {-1, -1, pos, valueEnd};
                }
                pos = skipSpace(valueEnd);
                char next = charAt(pos);
                if (next == ']') {
                    return null;
                }
                if (next != ',') {
                    throw new Malformed();
                }
                pos = skipSpace(pos + 1);
            }
        }

        /** "0", "12": an index as RFC 6901 writes it (no sign, no leading zero); -1 for anything else ("-" too). */
        private static int arrayIndex(String token) {
            if (token.isEmpty()
                    || token.length() > MAX_INDEX_DIGITS
                    || (token.length() > 1 && token.charAt(0) == '0')) {
                return -1;
            }
            for (int i = 0; i < token.length(); i++) {
                if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                    return -1;
                }
            }
            return Integer.parseInt(token);
        }

        /** Just past the value starting at {@code at}. */
        private int valueEnd(int at) throws Malformed {
            char c = charAt(at);
            if (c == '"') {
                return stringEnd(at);
            }
            if (c == '{' || c == '[') {
                int depth = 0;
                for (int pos = at; pos < length; pos++) {
                    char d = json.charAt(pos);
                    if (d == '"') {
                        pos = stringEnd(pos) - 1;
                    } else if (d == '{' || d == '[') {
                        depth++;
                    } else if (d == '}' || d == ']') {
                        depth--;
                        if (depth == 0) {
                            return pos + 1;
                        }
                    }
                }
                throw new Malformed();
            }
            int pos = at;
            while (pos < length && ",]}: \t\n\r".indexOf(json.charAt(pos)) < 0) {
                pos++;
            }
            if (pos == at) {
                throw new Malformed();
            }
            return pos;
        }

        /** Just past the closing quote of the string opening at {@code at}. */
        private int stringEnd(int at) throws Malformed {
            for (int pos = at + 1; pos < length; pos++) {
                char c = json.charAt(pos);
                if (c == '\\') {
                    pos++;
                } else if (c == '"') {
                    return pos + 1;
                }
            }
            throw new Malformed();
        }

        /** Whether the key written from {@code start} to {@code end} (quotes included) reads as {@code name}. */
        private boolean keyEquals(int start, int end, String name) throws Malformed {
            int from = start + 1;
            int to = end - 1;
            if (json.indexOf('\\', from) < 0 || json.indexOf('\\', from) >= to) {
                return to - from == name.length() && json.startsWith(name, from);
            }
            return decode(from, to).equals(name);
        }

        /** The characters a string's escapes stand for. */
        private String decode(int from, int to) throws Malformed {
            StringBuilder out = new StringBuilder(to - from);
            for (int pos = from; pos < to; pos++) {
                char c = json.charAt(pos);
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = charAt(++pos);
                switch (e) {
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (pos + 4 >= to) {
                            throw new Malformed();
                        }
                        try {
                            out.append((char) Integer.parseInt(json.substring(pos + 1, pos + 5), 16));
                        } catch (NumberFormatException notHex) {
                            throw new Malformed();
                        }
                        pos += 4;
                    }
                    default -> out.append(e);
                }
            }
            return out.toString();
        }

        private char charAt(int pos) throws Malformed {
            if (pos >= length) {
                throw new Malformed();
            }
            return json.charAt(pos);
        }

        private int skipSpace(int pos) {
            while (pos < length && JsonStringState.isSpace(json.charAt(pos))) {
                pos++;
            }
            return pos;
        }
    }
}
