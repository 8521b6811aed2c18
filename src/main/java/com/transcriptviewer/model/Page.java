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

    /**
     * Whether no page follows this one: it is empty, it is short (fewer items than asked for), or its number has
     * reached {@code total_pages}. The number asked for is trusted over the server's echo of it, and {@code meta}
     * alone never makes a page the last-but-one: a server announcing millions of pages cannot make a reader hang.
     */
    public boolean isLast() {
        if (items.isEmpty()) {
            return true;
        }
        if (requestedSize > 0 && items.size() < requestedSize) {
            return true;
        }
        Long totalPages = meta.totalPages();
        long number = requestedNumber > 0 ? requestedNumber : meta.pageNumber() == null ? 0 : meta.pageNumber();
        return totalPages != null && number > 0 && number >= totalPages;
    }
}
