package com.transcriptviewer.model;

import java.util.Locale;
import java.util.Optional;

/** A QA reviewer's judgement of one tool call or of a whole conversation. */
public enum Verdict {
    CORRECT("Correct"),
    WRONG("Wrong"),
    UNSURE("Unsure");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** What the user reads: "Correct", "Wrong", "Unsure". */
    public String label() {
        return label;
    }

    /** The name stored in the database and written to exports: "correct", "wrong", "unsure". */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The verdict a stored or exported name stands for; empty for null, blank or an unknown name. */
    public static Optional<Verdict> parse(String wireName) {
        if (wireName == null) {
            return Optional.empty();
        }
        for (Verdict verdict : values()) {
            if (verdict.wireName().equalsIgnoreCase(wireName.strip())) {
                return Optional.of(verdict);
            }
        }
        return Optional.empty();
    }
}
