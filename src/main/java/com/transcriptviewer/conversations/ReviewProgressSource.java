package com.transcriptviewer.conversations;

import com.transcriptviewer.model.ReviewProgress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Where the browser reads how far the current reviewer has got with each conversation it lists: one batch for all
 * the rows loaded, answered off the FX thread (the reviews' database may still be opening, or be slow).
 */
@FunctionalInterface
public interface ReviewProgressSource {

    /** The progress on each of {@code conversationIds} (those never reviewed may be left out). */
    CompletionStage<Map<String, ReviewProgress>> progress(List<String> conversationIds);
}
