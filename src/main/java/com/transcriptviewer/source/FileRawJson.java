package com.transcriptviewer.source;

import com.transcriptviewer.model.RawJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A message's raw JSON in a transcript file: where it lies, read again when asked. */
record FileRawJson(FileBytes file, long from, int length) implements RawJson {

    @Override
    public String text() throws IOException {
        return new String(file.read(from, length), StandardCharsets.UTF_8);
    }

    @Override
    public boolean inMemory() {
        return false;
    }

    @Override
    public long size() {
        return length;
    }
}
