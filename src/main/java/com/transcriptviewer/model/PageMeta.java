package com.transcriptviewer.model;

/**
 * The {@code meta} block of a page. Every field may be missing (null): the client never trusts it alone to decide
 * whether more pages exist. Longs, because a misbehaving server may claim absurd totals.
 */
public record PageMeta(Long totalPages, Long totalResults, Long pageNumber, Long pageSize) {

    public static final PageMeta UNKNOWN = new PageMeta(null, null, null, null);
}
