package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.JsonTree.object;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code page[number]} and {@code page[size]} of a paged endpoint, checked as the API's pydantic models check
 * them (an integer, at least 1, the size at most {@link #MAX_SIZE}); both problems are reported together.
 */
record PageRequest(long number, int size) {

    static final int MAX_SIZE = 100;
    static final int DEFAULT_SIZE = 20;

    static PageRequest parse(QueryParameters query) throws InvalidQueryException {
        List<FieldError> errors = new ArrayList<>();
        long size = integerParameter(query, "page[size]", DEFAULT_SIZE, MAX_SIZE, errors);
        long number = integerParameter(query, "page[number]", 1, Long.MAX_VALUE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        return new PageRequest(number, (int) size);
    }

    /** This page's share of {@code all}: empty past the end. */
    <T> List<T> of(List<T> all) {
        long from = first();
        return from < 0 || from >= all.size()
                ? List.of()
                : all.subList((int) from, (int) Math.min(all.size(), from + size));
    }

    /** Index of the page's first item; may lie beyond any list, and is negative when the number is absurd. */
    long first() {
        return (number - 1) * size;
    }

    /** The body of this page of {@code all}, as the API pages: {@code data} as {@code wire} writes each, and {@code meta}. */
    <T> Map<String, Object> body(List<T> all, Function<T, Object> wire) {
        return object(
                "data",
                of(all).stream().map(wire).toList(),
                "meta",
                object(
                        "total_pages",
                        totalPages(all.size(), size),
                        "total_results",
                        all.size(),
                        "page_number",
                        number,
                        "page_size",
                        size));
    }

    static int totalPages(int totalResults, int pageSize) {
        return (totalResults + pageSize - 1) / pageSize;
    }

    /** Pydantic's checks on an integer query parameter: parses, at least 1, at most {@code max}. */
    private static long integerParameter(
            QueryParameters query, String name, long fallback, long max, List<FieldError> errors) {
        Optional<String> text = query.last(name);
        if (text.isEmpty()) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text.get().trim());
        } catch (NumberFormatException e) {
            errors.add(FieldError.query(
                    name, "Input should be a valid integer, unable to parse string as an integer", "int_parsing"));
            return fallback;
        }
        if (value < 1) {
            errors.add(FieldError.query(name, "Input should be greater than or equal to 1", "greater_than_equal"));
        } else if (value > max) {
            errors.add(FieldError.query(name, "Input should be less than or equal to " + max, "less_than_equal"));
        }
        return value;
    }
}
