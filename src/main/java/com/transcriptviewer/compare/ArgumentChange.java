package com.transcriptviewer.compare;

import java.util.Objects;

/**
 * One difference between the arguments of two paired calls, at {@code path} ({@code patient.name},
 * {@code targets[0].to}; empty for the arguments as a whole). Values are compact JSON ({@code "A-1"}, {@code 4},
 * {@code {"a":1}}), or the raw text when the arguments are not JSON; the side that has none is empty. A renamed key is
 * one change: {@code path} is the new name, {@code oldPath} the old one, and the value is the same on both sides.
 */
public record ArgumentChange(Kind kind, String path, String oldPath, String oldValue, String newValue) {

    public enum Kind {
        CHANGED("changed"),
        ADDED("added"),
        REMOVED("removed"),
        RENAMED("renamed");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** The word the screen and the exports use. */
        public String word() {
            return word;
        }
    }

    public ArgumentChange {
        Objects.requireNonNull(kind, "kind");
        path = Objects.requireNonNullElse(path, "");
        oldPath = Objects.requireNonNullElse(oldPath, path);
        oldValue = Objects.requireNonNullElse(oldValue, "");
        newValue = Objects.requireNonNullElse(newValue, "");
    }

    /** The path as people read it: "(arguments)" for the whole. */
    public String where() {
        return path.isEmpty() ? "(arguments)" : path;
    }

    /** One line in plain words: {@code party_size: 4 → 5}, {@code + order_id: "A-1"}, {@code order_number → order_id}. */
    public String line() {
        return switch (kind) {
            case CHANGED -> where() + ": " + oldValue + " → " + newValue;
            case ADDED -> "+ " + where() + ": " + newValue;
            case REMOVED -> "− " + where() + ": " + oldValue;
            case RENAMED -> oldPath + " → " + path + " (renamed, same value " + newValue + ")";
        };
    }
}
