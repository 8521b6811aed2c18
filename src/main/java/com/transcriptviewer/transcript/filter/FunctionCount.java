package com.transcriptviewer.transcript.filter;

import com.transcriptviewer.text.SizeFormat;

/** A function name that occurs in the loaded messages and how many calls name it. */
public record FunctionCount(String name, int count) {

    /** "transfer (12)". */
    public String label() {
        return name + " (" + SizeFormat.count(count) + ")";
    }
}
