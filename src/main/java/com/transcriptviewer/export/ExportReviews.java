package com.transcriptviewer.export;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.store.StoreException;
import java.util.List;

/** Where a conversation export finds the QA reviewers' verdicts; blocking, called off the FX thread. */
@FunctionalInterface
public interface ExportReviews {

    /** No review store at hand: exports show no verdicts. */
    ExportReviews NONE = conversationId -> List.of();

    /** Each reviewer's latest entry on each item of the conversation. */
    List<ReviewEntry> latest(String conversationId) throws StoreException;
}
