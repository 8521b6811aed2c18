package com.transcriptviewer.api;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Wire-format bodies for tests. */
final class JsonBodies {

    private JsonBodies() {}

    /** A page of {@code count} user messages numbered from {@code firstIndex}, with the given meta. */
    static String messagePage(int firstIndex, int count, long totalPages, int pageNumber, int pageSize) {
        String data = IntStream.range(firstIndex, firstIndex + count)
                .mapToObj(i -> "{\"role\":\"user\",\"text\":\"m" + i + "\",\"created_at\":\"2025-04-01T10:00:00Z\"}")
                .collect(Collectors.joining(","));
        return "{\"data\":[" + data + "],\"meta\":{\"total_pages\":" + totalPages + ",\"total_results\":"
                + (totalPages * pageSize) + ",\"page_number\":" + pageNumber + ",\"page_size\":" + pageSize + "}}";
    }

    static String emptyPage(long totalPages, int pageNumber, int pageSize) {
        return messagePage(0, 0, totalPages, pageNumber, pageSize);
    }
}
