package com.transcriptviewer.library;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into words as the full-text index cuts it (SQLite's {@code unicode61} tokenizer with diacritics removed):
 * a word is a run of letters, digits and private-use characters, compared lower-cased and without diacritics. Used to
 * rank a search's matches and to cut their snippets, not to decide what matches: the index does that, so a word this
 * reads a little differently from it (a script whose marks the index keeps) costs a match some rank, never the match.
 */
final class SearchWords {

    /** A word of the text: where it lies ({@code [start, end)}) and how it compares. */
    record Word(int start, int end, String folded) {}

    private SearchWords() {}

    /** The words of {@code text} in order; none for null. */
    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        int length = text.length();
        int i = 0;
        while (i < length) {
            int c = text.codePointAt(i);
            if (!isWordCharacter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            boolean plain = true;
            while (i < length) {
                c = text.codePointAt(i);
                if (!isWordCharacter(c)) {
                    break;
                }
                plain &= c < 0x80;
                i += Character.charCount(c);
            }
            String word = text.substring(start, i);
            words.add(new Word(start, i, plain ? word.toLowerCase(Locale.ROOT) : fold(word)));
        }
        return words;
    }

    /** The words of a typed phrase, as they compare. */
    static List<String> folded(String phrase) {
        return of(phrase).stream().map(Word::folded).toList();
    }

    /** Lower-cased, with the marks that decompose from a letter (é → e) taken off. */
    static String fold(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                folded.appendCodePoint(Character.toLowerCase(c));
            }
            i += Character.charCount(c);
        }
        return folded.toString();
    }

    /** Letters, digits (and other numbers), private-use characters, and marks that belong to a letter. */
    static boolean isWordCharacter(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER,
                    Character.PRIVATE_USE,
                    Character.NON_SPACING_MARK -> true;
            default -> false;
        };
    }
}
