package com.transcriptviewer.model;

import java.io.IOException;
import java.util.Objects;

/**
 * A message's JSON exactly as the server sent it, for the details pane and JSON export. A page read from the API
 * holds it as text; a transcript file holds only where it lies in the file and reads it again when asked, so the
 * text of a big file is not kept in memory a second time beside the messages read from it.
 */
public interface RawJson {

    /**
     * The JSON text. Unless {@link #inMemory()}, this reads a file: call it off the FX thread.
     *
     * @throws IOException when it cannot be read again (the file was moved, changed or cut short since it was read)
     */
    String text() throws IOException;

    /** True when {@link #text()} answers at once, without reading anything. */
    boolean inMemory();

    /** Its size: chars when held as text, bytes of UTF-8 when read from a file; to decide where to format it. */
    long size();

    /** JSON held as text. */
    static RawJson of(String text) {
        return new Text(text);
    }

    /** JSON held as text (a page from the API, or a message scrubbed for export). */
    record Text(String json) implements RawJson {

        public Text {
            Objects.requireNonNull(json, "json");
        }

        @Override
        public String text() {
            return json;
        }

        @Override
        public boolean inMemory() {
            return true;
        }

        @Override
        public long size() {
            return json.length();
        }
    }
}
