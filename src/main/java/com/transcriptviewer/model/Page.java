package com.transcriptviewer.model;

import java.util.List;

/**
 * One page of results: the items in the order the API returned them, the server's meta, and the page number and
 * size that were asked for (which the client trusts more than the echo in meta).
 */
public record Page<T>(List<T> items, PageMeta meta, int requestedNumber, int requestedSize) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
        meta = meta == null ? PageMeta.UNKNOWN : meta;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
