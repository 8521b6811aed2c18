package com.transcriptviewer.assistant;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code --check} was asked: the conversations (ids, or a transcript file given with {@code --file}), the
 * assistant file to check them against instead of their own assistant, and whether to print JSON.
 */
public record CheckRequest(List<String> conversationIds, Optional<Path> assistantFile, boolean json) {

    public CheckRequest {
        conversationIds = List.copyOf(conversationIds);
        assistantFile = assistantFile == null ? Optional.empty() : assistantFile;
    }
}
