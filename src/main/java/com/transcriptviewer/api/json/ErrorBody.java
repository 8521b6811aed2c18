package com.transcriptviewer.api.json;

import java.util.ArrayList;
import java.util.List;

/**
 * An error answer in either shape the API uses: Telnyx's gateway {@code {"errors":[{code,title,detail,source}]}} or
 * FastAPI's {@code {"detail":[{loc,msg,type}]}} / {@code {"detail":"text"}}. Empty when the body was neither.
 */
public record ErrorBody(List<TelnyxError> errors, List<Detail> details, String detailText) {

    public static final ErrorBody EMPTY = new ErrorBody(List.of(), List.of(), null);

    /** One entry of Telnyx's {@code errors} array; {@code pointer} is {@code source.pointer}. */
    public record TelnyxError(String code, String title, String detail, String pointer) {}

    /** One entry of FastAPI's {@code detail} array; {@code location} is {@code loc} joined with ".". */
    public record Detail(String location, String message, String type) {}

    public ErrorBody {
        errors = errors == null ? List.of() : List.copyOf(errors);
        details = details == null ? List.of() : List.copyOf(details);
    }

    public boolean isEmpty() {
        return errors.isEmpty() && details.isEmpty() && (detailText == null || detailText.isBlank());
    }

    /** The server's own words, one line per complaint ("Authentication failed: key expired"), possibly empty. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (TelnyxError error : errors) {
            String title = blankToNull(error.title());
            String detail = blankToNull(error.detail());
            if (title != null && detail != null && !detail.equals(title)) {
                lines.add(title + ": " + detail);
            } else if (title != null || detail != null) {
                lines.add(title != null ? title : detail);
            }
        }
        for (Detail detail : details) {
            String location = blankToNull(detail.location());
            String message = detail.message() == null ? "" : detail.message();
            lines.add(location == null ? message : location + ": " + message);
        }
        if (detailText != null && !detailText.isBlank()) {
            lines.add(detailText.strip());
        }
        return lines;
    }

    /** The first Telnyx error code, or null. */
    public String firstCode() {
        return errors.stream()
                .map(TelnyxError::code)
                .filter(code -> code != null && !code.isBlank())
                .findFirst()
                .orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
