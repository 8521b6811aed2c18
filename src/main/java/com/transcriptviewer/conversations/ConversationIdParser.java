package com.transcriptviewer.conversations;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the conversation id in whatever the user pasted: a bare UUID, a portal or API URL containing one, or a line
 * of a log. Without a UUID, a single token without spaces is taken as the id as it is (ids are plain strings).
 */
public final class ConversationIdParser {

    private static final Pattern UUID =
            Pattern.compile("\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");
    private static final Pattern CONVERSATION_SEGMENT = Pattern.compile(
            "conversations/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");

    private ConversationIdParser() {}

    public static Optional<String> extract(String pasted) {
        if (pasted == null) {
            return Optional.empty();
        }
        String text = pasted.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        // A URL may carry several UUIDs (assistant, conversation): prefer the one after "conversations/".
        Matcher segment = CONVERSATION_SEGMENT.matcher(text);
        if (segment.find()) {
            return Optional.of(segment.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher uuid = UUID.matcher(text);
        if (uuid.find()) {
            return Optional.of(uuid.group().toLowerCase(Locale.ROOT));
        }
        if (text.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        return Optional.of(text);
    }
}
