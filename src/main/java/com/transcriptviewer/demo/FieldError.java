package com.transcriptviewer.demo;

import java.util.List;

/** One entry of a FastAPI 422 body: where the bad input was, what is wrong, and the pydantic error type. */
record FieldError(List<String> loc, String msg, String type) {

    static FieldError query(String parameter, String msg, String type) {
        return new FieldError(List.of("query", parameter), msg, type);
    }
}
