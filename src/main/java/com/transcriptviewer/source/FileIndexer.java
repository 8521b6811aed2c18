package com.transcriptviewer.source;

import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.api.json.WireFormatException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a transcript file from start to end once, as a stream, and fills its {@link FileIndex} with where each
 * message lies; nothing of the messages themselves is kept. Stops at the first problem (the messages before it stay
 * indexed) or when cancelled.
 */
final class FileIndexer implements Runnable {

    private final Path file;
    private final String name;
    private final FileBytes bytes;
    private final FileIndex index;
    private final WireFormat wire;

    FileIndexer(Path file, String name, FileBytes bytes, FileIndex index, WireFormat wire) {
        this.file = file;
        this.name = name;
        this.bytes = bytes;
        this.index = index;
        this.wire = wire;
    }

    @Override
    public void run() {
        try {
            index.started(bytes.remember());
            int found;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                found = wire.scanMessages(in, (number, from, to) -> {
                    index.add(from, to);
                    return !index.cancelRequested();
                });
            }
            if (index.cancelRequested()) {
                index.finish(IndexProgress.Phase.CANCELLED, cancelled(found));
            } else {
                index.finish(IndexProgress.Phase.DONE, "");
            }
        } catch (NoSuchFileException e) {
            index.finish(IndexProgress.Phase.FAILED, "The file " + file + " does not exist.");
        } catch (WireFormatException e) {
            index.finish(IndexProgress.Phase.FAILED, notATranscript(e.getMessage()));
        } catch (IOException e) {
            index.finish(
                    IndexProgress.Phase.FAILED,
                    "The file " + file + " could not be read (" + e.getClass().getSimpleName() + ").");
        } catch (RuntimeException e) {
            index.finish(
                    IndexProgress.Phase.FAILED,
                    name + " could not be read (" + e.getClass().getSimpleName() + ").");
        }
    }

    /** "big.json is not a transcript: ..." for a file broken from the start; later, after how many messages. */
    private String notATranscript(String why) {
        int indexed = index.progress().messages();
        if (indexed == 0) {
            return name + " is not a transcript: " + why + ".";
        }
        return name + " is not a whole transcript: " + why + ", after its first " + messages(indexed) + ".";
    }

    /** "12,000 messages", grouped as the rest of the app's text is. */
    private static String messages(int count) {
        return String.format(Locale.ROOT, "%,d", count) + (count == 1 ? " message" : " messages");
    }

    private String cancelled(int found) {
        return "Indexing of " + name + " was cancelled after " + messages(found)
                + "; open the file again to read the rest.";
    }
}
