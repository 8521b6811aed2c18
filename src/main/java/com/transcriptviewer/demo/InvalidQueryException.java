package com.transcriptviewer.demo;

import java.util.List;

/** A request whose query parameters fail validation; the server answers 422 with these errors. */
final class InvalidQueryException extends Exception {

    private final transient List<FieldError> errors;

    InvalidQueryException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid query" : errors.get(0).msg());
        this.errors = List.copyOf(errors);
    }

    InvalidQueryException(FieldError error) {
        this(List.of(error));
    }

    List<FieldError> errors() {
        return errors;
    }
}
